using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The incident search (Vigil.Storage.Incidents.SearchIncidents) indexed once per transaction instead of once per
    /// written row: the triggers that re-indexed an incident inside each mention's write are replaced by triggers that
    /// queue the incident in incident_search_pending, flushed just before each commit. The index's rows are kept as they
    /// are (no refilling). No change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205111510_IncidentSearchAtCommit")]
    public partial class IncidentSearchAtCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: keep these lines if the migration is regenerated.
            migrationBuilder.Sql(Vigil.Storage.Incidents.SearchIncidents.PostgresQueue);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The per-row triggers are not brought back: the index is made again from the mentions with the queue, as the
            // IncidentSearch migration makes it (its Down drops it all).
            migrationBuilder.Sql(Vigil.Storage.Incidents.SearchIncidents.PostgresDrop);
            migrationBuilder.Sql(Vigil.Storage.Incidents.SearchIncidents.PostgresCreate);
        }
    }
}
