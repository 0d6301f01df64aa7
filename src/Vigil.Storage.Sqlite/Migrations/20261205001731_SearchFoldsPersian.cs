using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchFoldsPersian : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the full-text table is rebuilt with Persian text folded at index time (ی/ک, digits, no ZWNJ or kashida).
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.SqliteDrop);
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.SqliteCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the unfolded index of the Initial migration.
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.SqliteDrop);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE IF NOT EXISTS reports_fts USING fts5(report_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TRIGGER IF NOT EXISTS reports_fts_insert AFTER INSERT ON reports BEGIN
                  INSERT INTO reports_fts (report_id, title, body) VALUES (new."Id", coalesce(new."Title", ''), new."Body");
                END;
                CREATE TRIGGER IF NOT EXISTS reports_fts_delete AFTER DELETE ON reports BEGIN
                  DELETE FROM reports_fts WHERE report_id = old."Id";
                END;
                CREATE TRIGGER IF NOT EXISTS reports_fts_update AFTER UPDATE OF "Title", "Body" ON reports BEGIN
                  DELETE FROM reports_fts WHERE report_id = old."Id";
                  INSERT INTO reports_fts (report_id, title, body) VALUES (new."Id", coalesce(new."Title", ''), new."Body");
                END;
                INSERT INTO reports_fts (report_id, title, body) SELECT "Id", coalesce("Title", ''), "Body" FROM reports;
                """);
        }
    }
}
