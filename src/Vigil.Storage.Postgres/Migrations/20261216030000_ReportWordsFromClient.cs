using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// Each report's words may be sent with the report: <c>reports.search_vector</c> stops being a generated column
    /// (<c>DROP EXPRESSION</c>: the stored vectors stay, no table rewrite) and a <c>BEFORE</c> trigger makes the vector, with the
    /// generated column's expression, when a row arrives without one or its title or body change. Vigil's ingest sends the
    /// vectors it makes in the client (<see cref="ReportWords"/>, only on a server <see cref="ReportWordsCheck"/> accepts), which
    /// took ~90 % of the reports' <c>COPY</c> off the server (docs/scaling.md, sessions 25–26); every other writer (EF, SQL by
    /// hand, an older Vigil) still gets the same words. Down makes the generated column again (the table is rewritten once).
    /// Hand-written: the column is outside the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261216030000_ReportWordsFromClient")]
    public partial class ReportWordsFromClient : Migration
    {
        /// <summary>The trigger function; the triggers decide when it runs.</summary>
        internal static string Function => $$"""
            CREATE OR REPLACE FUNCTION vigil_reports_search_vector() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              NEW.search_vector := {{SearchReports.PostgresVectorOf("NEW.")}};
              RETURN NEW;
            END $f$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                ALTER TABLE reports ALTER COLUMN search_vector DROP EXPRESSION;
                {Function}
                CREATE TRIGGER reports_search_vector_insert BEFORE INSERT ON reports FOR EACH ROW
                  WHEN (NEW.search_vector IS NULL) EXECUTE FUNCTION vigil_reports_search_vector();
                CREATE TRIGGER reports_search_vector_update BEFORE UPDATE ON reports FOR EACH ROW
                  WHEN (NEW.search_vector IS NULL OR NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body)
                  EXECUTE FUNCTION vigil_reports_search_vector();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL cannot give a column an expression back: the column is made again, and lz4 set on it again where the
            // server has it (migration Lz4LargeValues).
            migrationBuilder.Sql($"""
                DROP TRIGGER IF EXISTS reports_search_vector_update ON reports;
                DROP TRIGGER IF EXISTS reports_search_vector_insert ON reports;
                DROP FUNCTION IF EXISTS vigil_reports_search_vector();
                {SearchReports.PostgresDrop}
                {SearchReports.PostgresCreate}
                DO $m$
                BEGIN
                  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                    EXECUTE 'ALTER TABLE reports ALTER COLUMN search_vector SET COMPRESSION lz4';
                  END IF;
                END $m$;
                """);
        }
    }
}
