using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// Drops three indexes that every mention or report written had to keep up and no query needs: ix_mentions_admin1 (mentions are
    /// never looked up by province; incidents and persons have their own), ix_mentions_incident_id (the prefix of ix_mentions_incident_report, which answers
    /// every IncidentId lookup the code makes) and ix_reports_published (the prefix of ix_reports_published_ingested_at). Hand-written; the model snapshot is
    /// edited to match (docs/scaling.md, session 18).
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261206151000_UnreadIndexes")]
    public partial class UnreadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_mentions_admin1", table: "mentions");
            migrationBuilder.DropIndex(name: "ix_mentions_incident_id", table: "mentions");
            migrationBuilder.DropIndex(name: "ix_reports_published", table: "reports");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(name: "ix_mentions_admin1", table: "mentions", column: "admin1");
            migrationBuilder.CreateIndex(name: "ix_mentions_incident_id", table: "mentions", column: "incident_id");
            migrationBuilder.CreateIndex(name: "ix_reports_published", table: "reports", column: "published");
        }
    }
}
