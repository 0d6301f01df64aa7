using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// The reports list's order (newest published first, then newest ingested) as one index, so a page is read in order from
    /// it instead of sorting each publication day's reports by their ingest time. Hand-written: no change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261206124000_ReportListOrder")]
    public partial class ReportListOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_reports_Published_IngestedAt\" ON \"reports\" (\"Published\", \"IngestedAt\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_reports_Published_IngestedAt\";");
        }
    }
}
