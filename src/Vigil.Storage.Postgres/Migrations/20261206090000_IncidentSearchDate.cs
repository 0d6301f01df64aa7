using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// A btree on the search table's machine start date (then id): a search is read in date windows from the newest, each window
    /// a bitmap AND of the words' GIN index and this index's range, so a broad search reads about as many rows as it returns
    /// (before, every match, ~40,000 at a million incidents, was read and sorted for the newest 10,001). Hand-written: no
    /// change to the EF model; SQLite needs nothing (its search is read in one pass, see <c>IncidentQuery</c>).
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261206090000_IncidentSearchDate")]
    public partial class IncidentSearchDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIncidents.PostgresDateIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_incident_search_date;");
        }
    }
}
