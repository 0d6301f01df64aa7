using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// Makes the triggers that copy a report into <c>reports_fts</c> again, with a fold that leaves ASCII text as it is instead of
    /// passing it through 26 nested <c>replace()</c> calls (every folded char is outside ASCII, so the indexed text is the same).
    /// Hand-written; no model change (docs/scaling.md, session 20).
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261207191000_ReportFoldSkipsAscii")]
    public partial class ReportFoldSkipsAscii : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchReports.SqliteDropTriggers);
            migrationBuilder.Sql(SearchReports.SqliteTriggers(folded: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchReports.SqliteDropTriggers);
            migrationBuilder.Sql(SearchReports.SqliteTriggers(folded: false));
        }
    }
}
