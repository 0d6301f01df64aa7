using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Reports;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// Lets 16 segments of a size gather in the two FTS5 indexes (<c>reports_fts</c>, <c>incidents_fts</c>) before they are merged,
    /// instead of FTS5's 4 (<see cref="SearchReports.SqliteMerges"/>, <see cref="SearchIncidents.SqliteMerges"/>): fewer merges while
    /// an ingest writes. A setting kept in each table's config; nothing is indexed again and a search finds the same. Hand-written;
    /// no model change (docs/scaling.md, session 29).
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261219030000_SearchIndexMerges")]
    public partial class SearchIndexMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchReports.SqliteMerges(16));
            migrationBuilder.Sql(SearchIncidents.SqliteMerges(16));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchReports.SqliteMerges(4));
            migrationBuilder.Sql(SearchIncidents.SqliteMerges(4));
        }
    }
}
