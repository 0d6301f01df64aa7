using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The children's list (a source gives an age under 18, the pages' age band) reads a partial covering index of the
    /// unedited children in the list's order (latest fate first, then id), as an index-only scan, instead of the whole
    /// list's index: about one person in eleven is a child, so a page and its count ("more than 500") passed over some
    /// 7,000 index entries to find 500 children, and over 20,000 for killed children. PersonFilter writes the band as the
    /// constant this index's condition names (age_min &lt;= 17), which the planner needs to prove the index applies.
    /// And the unfiltered list (every person but the rejected, edited or not) gets a covering index in its order: it read
    /// the persons' heap rows through ix_persons_date_to_id for their status, which a page and its count (ListPersons
    /// reads both from the list's first 501 rows) did for each of some 600 rows (~400 buffers against ~10). Hand-written:
    /// no change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205171000_PersonListChildren")]
    public partial class PersonListChildren : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_persons_list ON persons (date_to DESC, id) INCLUDE (status, publishable);");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_persons_children_unedited ON persons (date_to DESC, id) INCLUDE (status, publishable, fates, age_max, gender, admin1, date_from) WHERE overrides_json = '{}' AND age_min <= 17;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_children_unedited;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_list;");
        }
    }
}
