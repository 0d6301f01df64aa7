using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <summary>
    /// The large values every ingest writes (a report's body and stored words, its extraction's spans, an incident's search words)
    /// are compressed with lz4 instead of PostgreSQL's default pglz: the server's CPU for a 10,000-report COPY of reports fell by
    /// ~9 % and for filling the incident search of 40,000 incidents by ~13 %, at the same size on disk (pglz gives up on most
    /// tsvectors, which it then stores uncompressed after trying; docs/scaling.md, session 21). Values already stored keep their
    /// compression (each value records its own), and reading either is transparent. Only on a server built with lz4 (PostgreSQL
    /// 14 or later with <c>--with-lz4</c>, as the PGDG and Docker builds are); elsewhere the columns stay as they were.
    /// Hand-written: column compression is outside the EF model, as the search tables are.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261208191000_Lz4LargeValues")]
    public partial class Lz4LargeValues : Migration
    {
        private static readonly (string Table, string Column)[] Columns =
        [
            ("reports", "body"),
            ("reports", "search_vector"),
            ("report_extractions", "spans_json"),
            ("incident_search", "vector"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SetCompression("lz4"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SetCompression("DEFAULT"));

        // One DO block: whether the server has lz4 is known only to the server (default_toast_compression lists the methods it was
        // built with). EXECUTE, so that a server before 14, which cannot parse SET COMPRESSION, never has to.
        private static string SetCompression(string method) => $$"""
            DO $m$
            BEGIN
              IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                {{string.Join("\n    ", Columns.Select(c => $"EXECUTE 'ALTER TABLE {c.Table} ALTER COLUMN {c.Column} SET COMPRESSION {method}';"))}}
              END IF;
            END $m$;
            """;
    }
}
