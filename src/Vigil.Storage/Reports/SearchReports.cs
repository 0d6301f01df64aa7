using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Reports;

/// <summary>
/// Full-text search over report titles and bodies: an FTS5 table kept by triggers on SQLite, a stored
/// <c>to_tsvector('simple', …)</c> column with a GIN index on PostgreSQL. The schema is created by each provider's
/// <c>Web</c> migration from the SQL below (keep those <c>migrationBuilder.Sql</c> lines if the
/// migration is ever regenerated).
/// Persian is searched whatever its spelling: the index folds Arabic yeh/kaf to Persian ی/ک, Persian and Arabic-Indic
/// digits to 0–9 and drops kashida and the zero-width non-joiner ("می‌شود" is indexed "میشود"); the query is folded the
/// same way, and a word with a clitic (می-, نمی-, -ها, -های, -ای …) also matches the spelling with a space ("می شود").
/// </summary>
public sealed class SearchReports(VigilDbContext db)
{
    /// <summary>Creates the FTS5 table, the triggers that keep it, and fills it from the stored reports.</summary>
    public static string SqliteCreate => $$"""
        CREATE VIRTUAL TABLE IF NOT EXISTS reports_fts USING fts5(report_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
        {{SqliteMerges(16)}}
        {{SqliteTriggers(folded: true)}}
        CREATE TRIGGER IF NOT EXISTS reports_fts_delete AFTER DELETE ON reports BEGIN
          DELETE FROM reports_fts WHERE report_id = old."Id";
        END;
        INSERT INTO reports_fts (report_id, title, body) SELECT "Id", {{SqliteFold("coalesce(\"Title\", '')")}}, {{SqliteFold("\"Body\"")}} FROM reports;
        """;

    /// <summary>
    /// How many of <c>reports_fts</c>' segments of one size FTS5 lets gather before it merges them into one (its <c>automerge</c>,
    /// kept in the table's config; FTS5's default 4, at most 16). Every transaction that writes reports adds a segment, and each
    /// merge copies the merged segments' entries again: with 16 an entry is copied about half as often (log₁₆ instead of log₄ of
    /// the segments), which took an ingest's FTS5 indexing of 10,000 generated reports from 1.2 to 0.85 s of CPU and its writes
    /// from 132 to 111 MB, measured apart; a search reads up to 15 segments of a size instead of 3 (broad searches +15 % CPU).
    /// What is indexed, and so what a search finds, is the same (docs/scaling.md, session 29).
    /// </summary>
    internal static string SqliteMerges(int segments) => $"INSERT INTO reports_fts (reports_fts, rank) VALUES ('automerge', {segments});";

    /// <summary>Drops what <see cref="SqliteCreate"/> made.</summary>
    public const string SqliteDrop = $"""
        {SqliteDropTriggers}
        DROP TRIGGER IF EXISTS reports_fts_delete;
        DROP TABLE IF EXISTS reports_fts;
        """;

    /// <summary>
    /// The triggers that copy a written or edited report into <c>reports_fts</c>, made only when missing. With
    /// <paramref name="folded"/> (since migration <c>ReportFoldSkipsAscii</c>) a report whose title and body are ASCII is
    /// copied as it is, by triggers of its own, and only other text through <see cref="SqliteFold"/>: every folded char is
    /// outside ASCII, so the copy is the same, and the 26 <c>replace()</c> passes, each copying the whole text into a new
    /// buffer, were 1.7 s of SQLite's CPU for 20,000 generated ~5 KB English reports against 0.06 s for the test (docs/scaling.md,
    /// session 20). The test is each trigger's WHEN rather than a CASE around the fold: nested one level deeper, the fold
    /// overflows the parser stack of the sqlite3 shell, which must still open a store. Without <paramref name="folded"/>,
    /// the triggers before that migration (every text through the fold).
    /// </summary>
    internal static string SqliteTriggers(bool folded)
    {
        const string title = "coalesce(new.\"Title\", '')";
        const string body = "new.\"Body\"";
        var ascii = $"length({title}) = length(CAST({title} AS BLOB)) AND length({body}) = length(CAST({body} AS BLOB))";
        var insert = $"INSERT INTO reports_fts (report_id, title, body) VALUES (new.\"Id\", {SqliteFold(title)}, {SqliteFold(body)});";
        if (!folded)
        {
            return $$"""
                CREATE TRIGGER IF NOT EXISTS reports_fts_insert AFTER INSERT ON reports BEGIN
                  {{insert}}
                END;
                CREATE TRIGGER IF NOT EXISTS reports_fts_update AFTER UPDATE OF "Title", "Body" ON reports BEGIN
                  DELETE FROM reports_fts WHERE report_id = old."Id";
                  {{insert}}
                END;
                """;
        }

        var copy = $"INSERT INTO reports_fts (report_id, title, body) VALUES (new.\"Id\", {title}, {body});";
        return $$"""
            CREATE TRIGGER IF NOT EXISTS reports_fts_insert AFTER INSERT ON reports WHEN NOT ({{ascii}}) BEGIN
              {{insert}}
            END;
            CREATE TRIGGER IF NOT EXISTS reports_fts_insert_ascii AFTER INSERT ON reports WHEN {{ascii}} BEGIN
              {{copy}}
            END;
            CREATE TRIGGER IF NOT EXISTS reports_fts_update AFTER UPDATE OF "Title", "Body" ON reports WHEN NOT ({{ascii}}) BEGIN
              DELETE FROM reports_fts WHERE report_id = old."Id";
              {{insert}}
            END;
            CREATE TRIGGER IF NOT EXISTS reports_fts_update_ascii AFTER UPDATE OF "Title", "Body" ON reports WHEN {{ascii}} BEGIN
              DELETE FROM reports_fts WHERE report_id = old."Id";
              {{copy}}
            END;
            """;
    }

    /// <summary>Drops the triggers <see cref="SqliteTriggers"/> makes (either form).</summary>
    internal const string SqliteDropTriggers = """
        DROP TRIGGER IF EXISTS reports_fts_update_ascii;
        DROP TRIGGER IF EXISTS reports_fts_update;
        DROP TRIGGER IF EXISTS reports_fts_insert_ascii;
        DROP TRIGGER IF EXISTS reports_fts_insert;
        """;

    /// <summary>
    /// Each report's words as a stored column, <c>search_vector</c>, and its GIN index. PostgreSQL makes the column from the
    /// title and body when a report is written or edited (a generated column: no writer names it), so a report is turned into
    /// words once: the report search's index, the report search and the incident search's flush (<see cref="Incidents.SearchIncidents"/>)
    /// all read it, where an expression index made the words for itself and the flush made them again every clustering round
    /// the report joined an incident in (1.2 ms a ~5 KB report each time). Only the first 256 Ki characters of a report are
    /// indexed: a tsvector holds at most 1 MB, and a longer report must still ingest. Adding the column to a store with
    /// reports fills it (the table is rewritten once).
    /// </summary>
    public static string PostgresCreate => $"{PostgresColumn} CREATE INDEX IF NOT EXISTS ix_reports_fts ON reports USING GIN (search_vector);";

    /// <summary>
    /// The column <c>search_vector</c> alone (see <see cref="PostgresCreate"/>); also made by the incident search's SQL
    /// (<see cref="Incidents.SearchIncidents.PostgresQueue"/>), whose functions read it, when an earlier migration runs it.
    /// </summary>
    internal static string PostgresColumn => $"ALTER TABLE reports ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ({PostgresVector}) STORED;";

    /// <summary>Drops what <see cref="PostgresCreate"/> made.</summary>
    public const string PostgresDrop = "DROP INDEX IF EXISTS ix_reports_fts; ALTER TABLE reports DROP COLUMN IF EXISTS search_vector;";

    /// <summary>
    /// Appends the tsquery of <paramref name="words"/> ("(q1) &amp;&amp; (q2 || q2')": each word its tsquery, or the word and the
    /// phrase with its clitic apart; all words required), its values added to <paramref name="args"/> as numbered parameters.
    /// </summary>
    internal static void AppendPostgresQuery(StringBuilder sql, IReadOnlyList<IReadOnlyList<string>> words, List<object> args)
    {
        sql.Append('(');
        if (words.Count == 0)
        {
            sql.Append("plainto_tsquery('simple'::regconfig, {").Append(args.Count).Append("})");
            args.Add(string.Empty);
        }

        for (var w = 0; w < words.Count; w++)
        {
            sql.Append(w > 0 ? " && (" : "(");
            for (var a = 0; a < words[w].Count; a++)
            {
                sql.Append(a > 0 ? " || " : string.Empty).Append("phraseto_tsquery('simple'::regconfig, {").Append(args.Count).Append("})");
                args.Add(words[w][a]);
            }

            sql.Append(')');
        }

        sql.Append(')');
    }

    // The words of a report's title and body as the index holds them: folded, then split by the 'simple' configuration. The
    // folding is skipped for a text with none of the folded chars (English, most other text), which it would leave as it is:
    // translate() over a ~5 KB report took as long as to_tsvector itself (0.7 ms), the test for the chars a tenth of that.
    private static string PostgresVector => PostgresVectorOf(string.Empty);

    /// <summary>
    /// The words of the report whose columns are named with <paramref name="row"/> (<c>NEW.</c> in a trigger), as the
    /// generated column made them: the reports' trigger makes a missing vector with it (migration <c>ReportWordsFromClient</c>),
    /// and <see cref="ReportWords"/> makes the same in the client.
    /// </summary>
    internal static string PostgresVectorOf(string row)
    {
        var text = $"left(coalesce({row}title, '') || ' ' || {row}body, 262144)";
        return $"to_tsvector('simple'::regconfig, CASE WHEN {text} ~ '[{FoldFrom}]' THEN translate({text}, '{FoldFrom}', '{FoldTo}') ELSE {text} END)";
    }

    // The index-side folding (one table for both databases): each char of FoldFrom becomes the char of FoldTo at its
    // place; the chars past FoldTo's end (kashida, ZWNJ) are dropped.
    private const string FoldFrom = "يىكة۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩\u0640\u200C";
    private const string FoldTo = "ییکه01234567890123456789";

    // Persian clitics a writer joins to the word, separates with a ZWNJ, or with a space.
    private static readonly string[] Prefixes = ["نمی", "می"];
    private static readonly string[] Suffixes = ["هایی", "های", "ها", "ای", "اند", "ترین", "تر"];

    /// <summary>
    /// <paramref name="text"/> folded as the index folds it (<see cref="SqliteFold"/> in SQL): what the full-text copy of a
    /// report holds, so <c>vigil verify</c> can compare that copy with the report.
    /// </summary>
    internal static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAny(FoldChars) < 0)
        {
            // English and most other text holds none of them: the text is its own folding, not copied.
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = FoldFrom.IndexOf(c, StringComparison.Ordinal);
            if (at < 0)
            {
                folded.Append(c);
            }
            else if (at < FoldTo.Length)
            {
                folded.Append(FoldTo[at]);
            }
        }

        return folded.ToString();
    }

    private static readonly SearchValues<char> FoldChars = SearchValues.Create(FoldFrom);

    /// <summary>
    /// The name of <see cref="Fold"/> as a SQL function on Vigil's SQLite connections (registered when a connection opens),
    /// for SQL that only Vigil runs: one pass in place of <see cref="SqliteFold"/>'s 26 nested <c>replace()</c>, each a pass
    /// over the whole text. Stored SQL (triggers, migrations) keeps <see cref="SqliteFold"/>, so a store opened by another
    /// tool still writes.
    /// </summary>
    internal const string FoldFunction = "vigil_fold";

    /// <summary>The SQLite expression folding <paramref name="expression"/> as the index folds text.</summary>
    internal static string SqliteFold(string expression)
    {
        var sql = expression;
        for (var i = 0; i < FoldFrom.Length; i++)
        {
            sql = $"replace({sql}, '{FoldFrom[i]}', '{(i < FoldTo.Length ? FoldTo[i].ToString() : string.Empty)}')";
        }

        return sql;
    }

    /// <summary>
    /// Ids of the reports matching <paramref name="query"/> (every word must occur), as a query that composes
    /// into a larger one (<c>ids.Contains(r.Id)</c> becomes a sub-select). Words are taken from the text as is:
    /// search syntax in the input is treated as words, so no input can fail the query.
    /// </summary>
    public IQueryable<string> Ids(string query)
    {
        var words = QueryWords(query);
        if (db.IsPostgres)
        {
            var sql = new StringBuilder("SELECT id AS \"Value\" FROM reports WHERE search_vector @@ ");
            var args = new List<object>();
            AppendPostgresQuery(sql, words, args);
            return db.Database.SqlQuery<string>(FormattableStringFactory.Create(sql.ToString(), [.. args]));
        }

        var match = SqliteMatch(query);
        return db.Database.SqlQuery<string>($"SELECT report_id AS \"Value\" FROM reports_fts WHERE reports_fts MATCH {match}");
    }

    /// <summary>
    /// The FTS5 expression for <paramref name="query"/>: each word quoted (so operators are plain words), all required;
    /// a Persian word with a clitic also as the phrase with the clitic apart (<c>("میشود" OR "می شود")</c>).
    /// </summary>
    public static string SqliteMatch(string query)
    {
        var words = QueryWords(query);
        if (words.Count == 0)
        {
            return "\"\"";
        }

        return string.Join(" ", words.Select(alternatives => alternatives.Count == 1
            ? "\"" + alternatives[0] + "\""
            : "(" + string.Join(" OR ", alternatives.Select(a => "\"" + a + "\"")) + ")"));
    }

    /// <summary>
    /// The query's words, folded as the index is (Persian letters and digits, no kashida or ZWNJ), a clitic written apart
    /// joined to its word ("می شود" → "میشود"), each with its spellings: the word, and the phrase with the clitic apart.
    /// Only letters, digits and marks make words, so no input can fail the query.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> QueryWords(string query)
    {
        var folded = new StringBuilder(query.Length);
        foreach (var c in query)
        {
            var k = FoldFrom.IndexOf(c, StringComparison.Ordinal);
            if (k < 0)
            {
                folded.Append(c);
            }
            else if (k < FoldTo.Length)
            {
                folded.Append(FoldTo[k]);
            }
        }

        var raw = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded.ToString())
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                raw.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            raw.Add(word.ToString());
        }

        // "می شود", "اعتراض ها": a clitic written apart joins its word.
        var joined = new List<string>();
        for (var i = 0; i < raw.Count; i++)
        {
            if (Prefixes.Contains(raw[i]) && i + 1 < raw.Count)
            {
                joined.Add(raw[i] + raw[++i]);
            }
            else if (Suffixes.Contains(raw[i]) && joined.Count > 0)
            {
                joined[^1] += raw[i];
            }
            else
            {
                joined.Add(raw[i]);
            }
        }

        return [.. joined.Select(Spellings)];
    }

    private static IReadOnlyList<string> Spellings(string word)
    {
        var spellings = new List<string> { word };
        foreach (var prefix in Prefixes)
        {
            if (word.Length > prefix.Length + 1 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                spellings.Add(prefix + " " + word[prefix.Length..]);
                break;
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal) && IsArabicScript(word[0]))
            {
                spellings.Add(word[..^suffix.Length] + " " + suffix);
                break;
            }
        }

        return spellings;
    }

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF';
}
