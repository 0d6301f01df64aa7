using Npgsql;
using NpgsqlTypes;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;

namespace Vigil.Bench.Web;

/// <summary>One batch of generated rows, written together.</summary>
internal sealed class Rows
{
    public List<Report> Reports { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<Incident> Incidents { get; } = [];
}

/// <summary>
/// Writes generated rows into PostgreSQL by binary COPY. Before the load the secondary indexes of the three big
/// tables are dropped (their definitions kept) and afterwards rebuilt, each in one sort; foreign keys are not
/// checked row by row (<c>session_replication_role = replica</c>: the generator makes reports, mentions and
/// incidents consistent). A bulk loader, for the benchmark only: the app never writes this way.
/// </summary>
internal sealed class PostgresBulk : IAsyncDisposable
{
    private static readonly string[] Tables = ["reports", "mentions", "incidents"];
    private readonly NpgsqlConnection connection;
    private readonly List<(string Name, string Definition)> dropped = [];

    private PostgresBulk(NpgsqlConnection connection) => this.connection = connection;

    public static async Task<PostgresBulk> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var bulk = new PostgresBulk(connection);
        await bulk.ExecuteAsync("SET session_replication_role = replica; SET maintenance_work_mem = '512MB'; SET synchronous_commit = off;");
        // Since migration ReportWordsFromClient a report's words (reports.search_vector, which the search table is filled from)
        // are made by a BEFORE INSERT trigger when a row comes without them, no longer by a generated column: it fires in this
        // session's replica mode too (ENABLE ALWAYS) while the rows are copied, and is set back when the load ends. Without it
        // every vector was null and filling the search table failed (incident_search.vector NOT NULL).
        await bulk.ExecuteAsync(WordsTrigger("ENABLE ALWAYS"));
        return bulk;
    }

    public async Task DropIndexesAsync()
    {
        await using (var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY(@tables) AND indexname NOT LIKE 'pk\\_%'",
            connection))
        {
            command.Parameters.AddWithValue("tables", Tables);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dropped.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in dropped)
        {
            await ExecuteAsync($"DROP INDEX \"{name}\"");
        }
    }

    public async Task CreateIndexesAsync(Action<string> progress)
    {
        foreach (var (name, definition) in dropped)
        {
            await ExecuteAsync(definition, timeoutSeconds: 0);
            progress($"index {name}");
        }
    }

    /// <summary>
    /// Fills the per-incident search table (<see cref="SearchIncidents"/>) from the loaded rows, as the migration does for an
    /// existing store: the COPY ran with triggers off, which would otherwise have kept it.
    /// </summary>
    public async Task FillSearchAsync()
    {
        await ExecuteAsync(WordsTrigger("ENABLE"));
        await ExecuteAsync("DROP INDEX IF EXISTS ix_incident_search_vector; DROP INDEX IF EXISTS ix_incident_search_date; TRUNCATE incident_search;");
        await ExecuteAsync(SearchIncidents.PostgresFill, timeoutSeconds: 0);
        await ExecuteAsync(SearchIncidents.PostgresIndex, timeoutSeconds: 0);
    }

    // The reports' words trigger (migration ReportWordsFromClient) set to fire as `state` says, when the store has it.
    private static string WordsTrigger(string state) => $$"""
        DO $$ BEGIN
          IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'reports_search_vector_insert') THEN
            ALTER TABLE reports {{state}} TRIGGER reports_search_vector_insert;
          END IF;
        END $$;
        """;

    public async Task WriteAsync(Rows rows)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY reports (id, source_id, file_name, format, title, published, url, language, body, word_count, byte_length, ingested_at, submitter_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows.Reports)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(r.Id, NpgsqlDbType.Varchar);
                await Nullable(copy, r.SourceId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(r.FileName, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Format, NpgsqlDbType.Varchar);
                await Nullable(copy, r.Title, NpgsqlDbType.Text);
                await Nullable(copy, r.Published, NpgsqlDbType.Date);
                await Nullable(copy, r.Url, NpgsqlDbType.Text);
                await Nullable(copy, r.Language, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Body, NpgsqlDbType.Text);
                await copy.WriteAsync(r.WordCount, NpgsqlDbType.Integer);
                await copy.WriteAsync(r.ByteLength, NpgsqlDbType.Bigint);
                await copy.WriteAsync(r.IngestedAt, NpgsqlDbType.TimestampTz);
                await Nullable(copy, r.SubmitterId, NpgsqlDbType.Uuid);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY mentions (id, report_id, ordinal, type, date, date_end, date_from, date_to, place, admin1, country, latitude, longitude, geo_precision, actors, victims, " +
            "killed_min, killed_max, injured_min, injured_max, arrested_min, arrested_max, evidence_start, evidence_end, confidence, credibility, incident_id, merge_reason, pinned, date_source) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var m in rows.Mentions)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(m.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(m.ReportId, NpgsqlDbType.Varchar);
                await copy.WriteAsync(m.Ordinal, NpgsqlDbType.Integer);
                await copy.WriteAsync(m.Type, NpgsqlDbType.Varchar);
                await Nullable(copy, m.Date, NpgsqlDbType.Varchar);
                await Nullable(copy, m.DateEnd, NpgsqlDbType.Varchar);
                await Nullable(copy, m.DateFrom, NpgsqlDbType.Date);
                await Nullable(copy, m.DateTo, NpgsqlDbType.Date);
                await Place(copy, m.Place, m.Admin1, m.Country, m.Latitude, m.Longitude, m.GeoPrecision);
                await copy.WriteAsync(m.Actors, NpgsqlDbType.Text);
                await copy.WriteAsync(m.Victims, NpgsqlDbType.Text);
                foreach (var figure in new[] { m.KilledMin, m.KilledMax, m.InjuredMin, m.InjuredMax, m.ArrestedMin, m.ArrestedMax })
                {
                    await Nullable(copy, figure, NpgsqlDbType.Integer);
                }

                await copy.WriteAsync(m.EvidenceStart, NpgsqlDbType.Integer);
                await copy.WriteAsync(m.EvidenceEnd, NpgsqlDbType.Integer);
                await copy.WriteAsync(m.Confidence, NpgsqlDbType.Double);
                await copy.WriteAsync(m.Credibility, NpgsqlDbType.Integer);
                await Nullable(copy, m.IncidentId, NpgsqlDbType.Uuid);
                await Nullable(copy, m.MergeReason, NpgsqlDbType.Text);
                await copy.WriteAsync(m.Pinned, NpgsqlDbType.Boolean);
                await Nullable(copy, m.DateSource, NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY incidents (id, type, date, date_end, date_from, date_to, place, admin1, country, latitude, longitude, geo_precision, actors, victims, " +
            "killed_min, killed_max, killed_best, injured_min, injured_max, injured_best, arrested_min, arrested_max, arrested_best, " +
            "figures_json, mention_count, source_count, corroboration, sources, status, overrides_json, updated_at, date_source) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var i in rows.Incidents)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(i.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(i.Type, NpgsqlDbType.Varchar);
                await Nullable(copy, i.Date, NpgsqlDbType.Varchar);
                await Nullable(copy, i.DateEnd, NpgsqlDbType.Varchar);
                await Nullable(copy, i.DateFrom, NpgsqlDbType.Date);
                await Nullable(copy, i.DateTo, NpgsqlDbType.Date);
                await Place(copy, i.Place, i.Admin1, i.Country, i.Latitude, i.Longitude, i.GeoPrecision);
                await copy.WriteAsync(i.Actors, NpgsqlDbType.Text);
                await copy.WriteAsync(i.Victims, NpgsqlDbType.Text);
                foreach (var figure in new[] { i.KilledMin, i.KilledMax, i.KilledBest, i.InjuredMin, i.InjuredMax, i.InjuredBest, i.ArrestedMin, i.ArrestedMax, i.ArrestedBest })
                {
                    await Nullable(copy, figure, NpgsqlDbType.Integer);
                }

                await copy.WriteAsync(i.FiguresJson, NpgsqlDbType.Text);
                await copy.WriteAsync(i.MentionCount, NpgsqlDbType.Integer);
                await copy.WriteAsync(i.SourceCount, NpgsqlDbType.Integer);
                await copy.WriteAsync(i.Corroboration, NpgsqlDbType.Integer);
                await copy.WriteAsync(i.Sources, NpgsqlDbType.Text);
                await copy.WriteAsync(i.Status, NpgsqlDbType.Varchar);
                await copy.WriteAsync(i.OverridesJson, NpgsqlDbType.Text);
                await copy.WriteAsync(i.UpdatedAt, NpgsqlDbType.TimestampTz);
                await Nullable(copy, i.DateSource, NpgsqlDbType.Varchar);
            }

            await copy.CompleteAsync();
        }
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    private static async Task Place(NpgsqlBinaryImporter copy, string? place, string? admin1, string? country, double? latitude, double? longitude, string? precision)
    {
        await Nullable(copy, place, NpgsqlDbType.Varchar);
        await Nullable(copy, admin1, NpgsqlDbType.Varchar);
        await Nullable(copy, country, NpgsqlDbType.Varchar);
        await Nullable(copy, latitude, NpgsqlDbType.Double);
        await Nullable(copy, longitude, NpgsqlDbType.Double);
        await Nullable(copy, precision, NpgsqlDbType.Varchar);
    }

    private static Task Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : class => value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);

    private static Task Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
        where T : struct => value is { } v ? copy.WriteAsync(v, type) : copy.WriteNullAsync();

    private async Task ExecuteAsync(string sql, int timeoutSeconds = 30)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
        await command.ExecuteNonQueryAsync();
    }
}
