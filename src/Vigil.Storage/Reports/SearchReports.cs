using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Reports;

/// <summary>
/// Full-text search over report titles and bodies: an FTS5 table kept by triggers on SQLite, a GIN
/// index over <c>to_tsvector('simple', …)</c> on PostgreSQL. The schema is created by each provider's
/// <c>Web</c> migration from the SQL below (keep those <c>migrationBuilder.Sql</c> lines if the
/// migration is ever regenerated).
/// </summary>
public sealed class SearchReports(VigilDbContext db)
{
    /// <summary>Creates the FTS5 table, the triggers that keep it, and fills it from the stored reports.</summary>
    public const string SqliteCreate = """
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
        """;

    /// <summary>Drops what <see cref="SqliteCreate"/> made.</summary>
    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS reports_fts_update;
        DROP TRIGGER IF EXISTS reports_fts_delete;
        DROP TRIGGER IF EXISTS reports_fts_insert;
        DROP TABLE IF EXISTS reports_fts;
        """;

    /// <summary>
    /// The GIN index. Only the first 256 Ki characters of a report are indexed: a tsvector holds at most
    /// 1 MB, and a longer report must still ingest.
    /// </summary>
    public const string PostgresCreate = $"CREATE INDEX IF NOT EXISTS ix_reports_fts ON reports USING GIN ({PostgresVector});";

    /// <summary>Drops what <see cref="PostgresCreate"/> made.</summary>
    public const string PostgresDrop = "DROP INDEX IF EXISTS ix_reports_fts;";

    private const string PostgresVector = "to_tsvector('simple'::regconfig, left(coalesce(title, '') || ' ' || body, 262144))";

    /// <summary>
    /// Ids of the reports matching <paramref name="query"/> (every word must occur), as a query that composes
    /// into a larger one (<c>ids.Contains(r.Id)</c> becomes a sub-select). Words are taken from the text as is:
    /// search syntax in the input is treated as words, so no input can fail the query.
    /// </summary>
    public IQueryable<string> Ids(string query)
    {
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            return db.Database.SqlQuery<string>($"SELECT id AS \"Value\" FROM reports WHERE to_tsvector('simple'::regconfig, left(coalesce(title, '') || ' ' || body, 262144)) @@ plainto_tsquery('simple'::regconfig, {query})");
        }

        var match = SqliteMatch(query);
        return db.Database.SqlQuery<string>($"SELECT report_id AS \"Value\" FROM reports_fts WHERE reports_fts MATCH {match}");
    }

    /// <summary>The FTS5 expression for <paramref name="query"/>: each word quoted (so operators are plain words), all required.</summary>
    public static string SqliteMatch(string query)
    {
        var builder = new StringBuilder();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length > 0)
            {
                builder.Append(builder.Length > 0 ? " \"" : "\"").Append(word).Append('"');
                word.Clear();
            }
        }

        foreach (var c in query)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return builder.Length == 0 ? "\"\"" : builder.ToString();
    }
}
