using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The search queue's trigger on mention updates (<c>vigil_incident_search_queue_moved</c>) looks up each (incident, report)
    /// a moved mention left or joined in <c>ix_mentions_incident_report</c>, instead of anti-joining the whole mentions table,
    /// which PostgreSQL planned as a hash of every stored mention on each update of a clustering round (docs/scaling.md,
    /// session 24). It queues the same rows. Hand-written; no model change.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261212030000_IncidentSearchMovedLookups")]
    public partial class IncidentSearchMovedLookups : Migration
    {
        // The function as the store had it before this migration, for Down.
        private const string Before = """
            CREATE OR REPLACE FUNCTION vigil_incident_search_queue_moved() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              INSERT INTO incident_search_pending (incident_id)
                SELECT DISTINCT o.incident_id FROM removed o JOIN added a ON a.id = o.id
                WHERE o.incident_id IS NOT NULL AND (o.incident_id IS DISTINCT FROM a.incident_id OR o.report_id <> a.report_id)
                  AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.report_id = o.report_id AND m.incident_id = o.incident_id);
              INSERT INTO incident_search_pending (incident_id, report_id)
                SELECT DISTINCT a.incident_id, a.report_id FROM added a JOIN removed o ON o.id = a.id
                WHERE a.incident_id IS NOT NULL AND (o.incident_id IS DISTINCT FROM a.incident_id OR o.report_id <> a.report_id)
                  AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.report_id = a.report_id AND m.incident_id = a.incident_id
                                    AND NOT EXISTS (SELECT 1 FROM added b JOIN removed c ON c.id = b.id WHERE b.id = m.id
                                                      AND (c.incident_id IS DISTINCT FROM b.incident_id OR c.report_id <> b.report_id)));
              RETURN NULL;
            END $f$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: keep this line if the migration is regenerated.
            migrationBuilder.Sql(SearchIncidents.PostgresQueue);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Before);
        }
    }
}
