using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// The incident search's texts shared: the incidents a report alone tells point at one text of that report in
    /// <c>incidents_fts</c> instead of each holding a copy (<c>incident_search.text_key</c>, <c>incident_search_texts</c>,
    /// <see cref="SearchIncidents"/>). The search is dropped and made again from the stored mentions (every incident's text
    /// indexed once more, as the <c>IncidentSearch</c> migration did). Hand-written; no model change (docs/scaling.md,
    /// session 27). Down makes the same shape again: the earlier SQL is not kept.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261217030000_IncidentSearchSharedTexts")]
    public partial class IncidentSearchSharedTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIncidents.SqliteDrop);
            migrationBuilder.Sql(SearchIncidents.SqliteCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIncidents.SqliteDrop);
            migrationBuilder.Sql(SearchIncidents.SqliteCreate);
        }
    }
}
