using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// Full-text search per incident (Vigil.Storage.Incidents.SearchIncidents): the search table, the triggers that keep
    /// it, and its filling from the stored mentions and reports (an existing store is searchable at once after this
    /// migration; at a million incidents the filling reads every report once). No change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205083010_IncidentSearch")]
    public partial class IncidentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: keep these lines if the migration is regenerated.
            migrationBuilder.Sql(Vigil.Storage.Incidents.SearchIncidents.PostgresCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Vigil.Storage.Incidents.SearchIncidents.PostgresDrop);
        }
    }
}
