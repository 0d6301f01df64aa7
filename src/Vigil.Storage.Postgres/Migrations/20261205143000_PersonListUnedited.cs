using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The persons list's filtered queries read the persons without an editor's value (overrides_json = '{}'; the edited
    /// ones are matched in memory, ListPersons) from covering partial indexes, as index-only scans, instead of the
    /// persons' heap rows: a row holds its fates and ages by source, variants and search text (about a kilobyte, kept
    /// inline), so a children or fate list that passed over a thousand rows read a thousand heap rows, and a name search
    /// looked up each found person's row. One index per way in: the list's order (latest fate first, then id), a
    /// province in that order, and by id (the persons a search found). The province's expression index is replaced by
    /// its covering twin. Hand-written: no change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205143000_PersonListUnedited")]
    public partial class PersonListUnedited : Migration
    {
        private const string Filtered = "status, publishable, fates, age_min, age_max, gender, date_from";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"CREATE INDEX IF NOT EXISTS ix_persons_list_unedited ON persons (date_to DESC, id) INCLUDE ({Filtered}, admin1) WHERE overrides_json = '{{}}';");
            migrationBuilder.Sql($"CREATE INDEX IF NOT EXISTS ix_persons_id_unedited ON persons (id) INCLUDE (date_to, {Filtered}, admin1) WHERE overrides_json = '{{}}';");
            migrationBuilder.Sql($"CREATE INDEX IF NOT EXISTS ix_persons_province_unedited ON persons (lower(admin1), date_to DESC, id) INCLUDE ({Filtered}) WHERE overrides_json = '{{}}';");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_admin1_lower;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_persons_admin1_lower ON persons (lower(admin1), date_to DESC, id);");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_list_unedited;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_id_unedited;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_province_unedited;");
        }
    }
}
