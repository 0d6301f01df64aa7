using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The province filter reads its index alone again: ix_persons_province_unedited (migration PersonListUnedited) is keyed
    /// by lower(admin1), and PostgreSQL plans an index-only scan only when every column the query names is in the index,
    /// the column under an expression too. Without admin1 itself the planner took a bitmap heap scan: every person of the
    /// province since the date read from the heap and sorted for the page (Kurdistan since 2021: 3,954 rows, 3,240 buffers
    /// for a page and 541 for its count) instead of an index walk in the list's order that stops at the page (13 buffers
    /// each). The index is rebuilt with admin1 among its included columns. SQLite's twin is used as covering already.
    /// Hand-written: no change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205200000_PersonListProvinceCovering")]
    public partial class PersonListProvinceCovering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_province_unedited;");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_persons_province_unedited ON persons (lower(admin1), date_to DESC, id) INCLUDE (status, publishable, fates, age_min, age_max, gender, date_from, admin1) WHERE overrides_json = '{}';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_persons_province_unedited;");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_persons_province_unedited ON persons (lower(admin1), date_to DESC, id) INCLUDE (status, publishable, fates, age_min, age_max, gender, date_from) WHERE overrides_json = '{}';");
        }
    }
}
