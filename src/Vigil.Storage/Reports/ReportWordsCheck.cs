using Npgsql;
using Vigil.Storage.Database;

namespace Vigil.Storage.Reports;

/// <summary>
/// Whether a PostgreSQL store may be sent the reports' words made by <see cref="ReportWords"/>: the parser's letters and the
/// dictionary's lowercasing come from the database's <c>LC_CTYPE</c>, so the rules hold only where they were checked. Asked
/// once per ingest run, before its first write: the database is UTF-8 with a libc ctype of the list the rules were tested on
/// (<see cref="CheckedCtypes"/>; not ICU), <c>reports.search_vector</c> is a plain column (the migration
/// <c>ReportWordsFromClient</c> ran: its trigger makes a missing vector), the <c>simple</c> configuration maps every token
/// type to the <c>simple</c> dictionary without options, and the server's vector of a probe text holding every shape the
/// rules accept is the client's, byte for byte. Anything else: the server makes the words, as before.
/// </summary>
internal static class ReportWordsCheck
{
    /// <summary>The <c>LC_CTYPE</c> values the rules were compared with the server's <c>to_tsvector</c> under.</summary>
    internal static readonly string[] CheckedCtypes = ["C.UTF-8", "C.utf8"];

    // One of each shape the rules accept: case, Latin-1 and Persian letters, words with digits, hyphenated words and the
    // digits after one, signed and unsigned numbers and decimals, a repeated word, separators.
    internal const string Probe = "Vigil ÉTÉ Straße pro-Democracy 19x-Year x-y-5 covid-19 3.5km -2.5 42, «ایران» اعتراضات؛ بِسم (Word) & word… at 10:30: end.";

    /// <summary>True when this store's server makes the words as <see cref="ReportWords"/> does.</summary>
    public static async Task<bool> PassesAsync(VigilDbContext db, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres || ReportWords.VectorOf(Probe) is not { } expected)
        {
            return false;
        }

        await using var open = await OpenConnection.OfAsync(db, cancellationToken);
        await using var command = open.CreateCommand();
        command.CommandText = """
            SELECT pg_encoding_to_char(d.encoding), d.datctype, to_jsonb(d) ->> 'datlocprovider',
                   (SELECT a.attgenerated::text FROM pg_attribute a WHERE a.attrelid = to_regclass('reports') AND a.attname = 'search_vector' AND NOT a.attisdropped),
                   (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = to_regclass('reports') AND t.tgname = 'reports_search_vector_insert'),
                   (SELECT count(*) FROM pg_ts_config_map m WHERE m.mapcfg = 'pg_catalog.simple'::regconfig AND m.mapdict <> 'pg_catalog.simple'::regdictionary),
                   (SELECT t.dictinitoption IS NULL FROM pg_ts_dict t WHERE t.oid = 'pg_catalog.simple'::regdictionary),
                   (SELECT p.prsname FROM pg_ts_config c JOIN pg_ts_parser p ON p.oid = c.cfgparser WHERE c.oid = 'pg_catalog.simple'::regconfig),
                   tsvectorsend(to_tsvector('pg_catalog.simple'::regconfig, @probe))
            FROM pg_database d WHERE d.datname = current_database()
            """;
        command.Parameters.Add(new NpgsqlParameter("probe", Probe));
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }

            return reader.GetString(0) == "UTF8"
                && CheckedCtypes.Contains(reader.GetString(1), StringComparer.Ordinal)
                && (reader.IsDBNull(2) || reader.GetString(2) == "c")
                && !reader.IsDBNull(3) && reader.GetString(3).Length == 0
                && reader.GetInt64(4) == 1
                && reader.GetInt64(5) == 0
                && !reader.IsDBNull(6) && reader.GetBoolean(6)
                && !reader.IsDBNull(7) && reader.GetString(7) == "default"
                && !reader.IsDBNull(8) && ((byte[])reader.GetValue(8)).AsSpan().SequenceEqual(expected);
        }
        catch (PostgresException)
        {
            // A server that cannot answer one of these (an older catalog) makes the words itself, as before.
            return false;
        }
    }
}
