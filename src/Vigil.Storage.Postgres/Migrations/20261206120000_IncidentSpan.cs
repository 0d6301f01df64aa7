using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// An index on each incident's machine date span (end less start), so that the longest span is one probe: a search with a
    /// date filter is read from the search table's start dates, and an incident that began before the filter's start can reach
    /// it only if it began at most the longest span before (<see cref="SearchDates"/>). Hand-written: no change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261206120000_IncidentSpan")]
    public partial class IncidentSpan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIncidents.PostgresSpanIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_incidents_span;");
        }
    }
}
