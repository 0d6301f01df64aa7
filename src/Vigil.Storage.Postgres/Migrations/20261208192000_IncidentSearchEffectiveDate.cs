using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The search table's start date becomes the effective one (an editor's date where set, <c>vigil_effective_from</c>): the
    /// trigger that copies an incident's date and status also fires on an edit and copies the editor's date, and the flush writes
    /// it for new rows, so a search reads its newest in order and needs no re-dated incident placed in memory (docs/web.md,
    /// session 21). Only the edited incidents' rows are written (read from their partial index): a million-incident store is
    /// migrated in seconds. Hand-written; no model change.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261208192000_IncidentSearchEffectiveDate")]
    public partial class IncidentSearchEffectiveDate : Migration
    {
        // What the store had before this migration, for Down: the trigger and the refresh function copying the machine start date.
        // vigil_effective_from and vigil_first_day are left: the flush a newer build sends before each commit calls them.
        private const string Before = """
            CREATE OR REPLACE FUNCTION vigil_incident_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $f$
              DELETE FROM incident_search s WHERE s.incident_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = s.incident_id);
              INSERT INTO incident_search (incident_id, date_from, status, vector)
                SELECT x.id, i.date_from, coalesce(i.status, ''),
                       (SELECT vigil_tsvector_agg(r.search_vector) FROM reports r WHERE r.id IN (SELECT m.report_id FROM mentions m WHERE m.incident_id = x.id))
                FROM (SELECT DISTINCT unnest(ids) AS id) x LEFT JOIN incidents i ON i.id = x.id
                WHERE x.id IS NOT NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = x.id)
              ON CONFLICT (incident_id) DO UPDATE SET vector = excluded.vector, date_from = excluded.date_from, status = excluded.status;
            $f$;
            CREATE OR REPLACE FUNCTION vigil_incident_search_incident() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              UPDATE incident_search SET date_from = NEW.date_from, status = NEW.status WHERE incident_id = NEW.id;
              RETURN NULL;
            END $f$;
            DROP TRIGGER IF EXISTS incident_search_incident ON incidents;
            CREATE TRIGGER incident_search_incident AFTER INSERT OR UPDATE OF date_from, status ON incidents
              FOR EACH ROW EXECUTE FUNCTION vigil_incident_search_incident();
            UPDATE incident_search s SET date_from = i.date_from FROM incidents i
            WHERE i.id = s.incident_id AND i.overrides_json <> '{}' AND s.date_from IS DISTINCT FROM i.date_from;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: keep these lines if the migration is regenerated.
            migrationBuilder.Sql(SearchIncidents.PostgresQueue);
            migrationBuilder.Sql(SearchIncidents.PostgresStoreEffectiveDates);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Before);
        }
    }
}
