using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// Drops three indexes that every mention or report written had to keep up and no query needs: IX_mentions_Admin1 (mentions are
    /// never looked up by province; incidents and persons have their own), IX_mentions_IncidentId (the prefix of ix_mentions_incident_report, which answers
    /// every IncidentId lookup the code makes) and IX_reports_Published (the prefix of IX_reports_Published_IngestedAt). Hand-written; the model snapshot is
    /// edited to match (docs/scaling.md, session 18).
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261206151000_UnreadIndexes")]
    public partial class UnreadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_mentions_Admin1", table: "mentions");
            migrationBuilder.DropIndex(name: "IX_mentions_IncidentId", table: "mentions");
            migrationBuilder.DropIndex(name: "IX_reports_Published", table: "reports");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(name: "IX_mentions_Admin1", table: "mentions", column: "Admin1");
            migrationBuilder.CreateIndex(name: "IX_mentions_IncidentId", table: "mentions", column: "IncidentId");
            migrationBuilder.CreateIndex(name: "IX_reports_Published", table: "reports", column: "Published");
        }
    }
}
