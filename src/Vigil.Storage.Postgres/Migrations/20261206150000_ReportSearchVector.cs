using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Reports;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// Each report's words stored once (<c>reports.search_vector</c>, a generated column, <see cref="SearchReports.PostgresCreate"/>):
    /// the report search's GIN index moves from the expression onto the column, and the incident search's refresh function reads
    /// the column instead of making the words from the text again (the flush, sent with every commit, reads it too). Adding the
    /// column fills it for the stored reports. Hand-written: the column is outside the EF model, as the search tables are.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261206150000_ReportSearchVector")]
    public partial class ReportSearchVector : Migration
    {
        // What the store had before this migration, as it was, for Down: the report search's expression index, and the incident
        // search's refresh function making each report's words from its text.
        private const string Before = """
            CREATE INDEX IF NOT EXISTS ix_reports_fts ON reports USING GIN (to_tsvector('simple'::regconfig, translate(left(coalesce(title, '') || ' ' || body, 262144), 'يىكة۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩ـ‌', 'ییکه01234567890123456789')));
            CREATE OR REPLACE FUNCTION vigil_incident_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $f$
              DELETE FROM incident_search s WHERE s.incident_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = s.incident_id);
              INSERT INTO incident_search (incident_id, date_from, status, vector)
                SELECT x.id, i.date_from, coalesce(i.status, ''),
                       (SELECT vigil_tsvector_agg(to_tsvector('simple'::regconfig, translate(left(coalesce(r.title, '') || ' ' || r.body, 262144), 'يىكة۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩ـ‌', 'ییکه01234567890123456789'))) FROM reports r WHERE r.id IN (SELECT m.report_id FROM mentions m WHERE m.incident_id = x.id))
                FROM (SELECT DISTINCT unnest(ids) AS id) x LEFT JOIN incidents i ON i.id = x.id
                WHERE x.id IS NOT NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = x.id)
              ON CONFLICT (incident_id) DO UPDATE SET vector = excluded.vector, date_from = excluded.date_from, status = excluded.status;
            $f$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchReports.PostgresDrop);
            migrationBuilder.Sql(SearchReports.PostgresCreate);
            migrationBuilder.Sql(SearchIncidents.PostgresQueue);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchReports.PostgresDrop);
            migrationBuilder.Sql(Before);
        }
    }
}
