using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// The search table's start date becomes the effective one (an editor's date where set): the triggers that copy an
    /// incident's date and status also fire on an edit and copy the editor's date, and the flush writes it for new rows, so a
    /// search reads its newest in order and needs no re-dated incident placed in memory (docs/web.md, session 21). Only the
    /// edited incidents' rows are written. Hand-written; no model change.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261208192000_IncidentSearchEffectiveDate")]
    public partial class IncidentSearchEffectiveDate : Migration
    {
        // What the store had before this migration, for Down: the triggers copying the machine start date.
        private const string Before = """
            DROP TRIGGER IF EXISTS incident_search_incident_insert;
            DROP TRIGGER IF EXISTS incident_search_incident_update;
            CREATE TRIGGER incident_search_incident_insert AFTER INSERT ON incidents BEGIN
              UPDATE incident_search SET date_from = new."DateFrom", status = new."Status" WHERE incident_id = new."Id";
            END;
            CREATE TRIGGER incident_search_incident_update AFTER UPDATE OF "DateFrom", "Status" ON incidents BEGIN
              UPDATE incident_search SET date_from = new."DateFrom", status = new."Status" WHERE incident_id = new."Id";
            END;
            UPDATE incident_search SET date_from = (SELECT i."DateFrom" FROM incidents i WHERE i."Id" = incident_search.incident_id)
            WHERE incident_id IN (SELECT "Id" FROM incidents WHERE "OverridesJson" <> '{}');
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: keep these lines if the migration is regenerated.
            migrationBuilder.Sql(SearchIncidents.SqliteQueue);
            migrationBuilder.Sql(SearchIncidents.SqliteStoreEffectiveDates);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Before);
        }
    }
}
