using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// The province filter reads a covering index in the list's order (ListPersons asks for the persons without an
    /// editor's value by plain conditions; the edited ones are matched in memory): the expression index on lower("Admin1")
    /// made SQLite read each person's row for its status and edited flag, which sit after the row's wide columns (fates
    /// and ages by source) and so on overflow pages. IX_persons_DateTo_Id goes: IX_persons_List (migration
    /// PersonListCovering) starts with the same columns and serves every use of it. IX_persons_Search holds, by id, what
    /// the list sorts and filters by, for the persons a name search found (ListPersons names it, INDEXED BY: SQLite
    /// otherwise prefers the primary key's unique index and reads each row). Hand-written: no change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205143000_PersonListUnedited")]
    public partial class PersonListUnedited : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_persons_List_Province\" ON \"persons\" (lower(\"Admin1\"), \"DateTo\" DESC, \"Id\", \"Status\", \"Publishable\", \"OverridesJson\", \"Fates\", \"AgeMin\", \"AgeMax\", \"Gender\", \"DateFrom\");");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_persons_Search\" ON \"persons\" (\"Id\", \"DateTo\", \"Status\", \"Publishable\", \"OverridesJson\", \"Fates\", \"AgeMin\", \"AgeMax\", \"Gender\", \"Admin1\", \"DateFrom\");");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_Admin1_Lower\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_DateTo_Id\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_persons_DateTo_Id\" ON \"persons\" (\"DateTo\" DESC, \"Id\");");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_persons_Admin1_Lower\" ON \"persons\" (lower(\"Admin1\"), \"DateTo\" DESC, \"Id\");");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_List_Province\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_Search\";");
        }
    }
}
