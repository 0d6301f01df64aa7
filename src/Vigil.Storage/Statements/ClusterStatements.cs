using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Statements;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Statements;

/// <summary>
/// Groups statement mentions into Statements (one utterance by one speaker, quoted by one or more
/// reports) and keeps one Speaker per identity with its name variants and roles over time. On
/// ingest only the speakers of the new mentions are re-clustered, once at the end of the run; <c>vigil recluster</c> re-keys
/// and re-clusters everything (a newly seen full name can resolve older surname-only mentions).
/// </summary>
public sealed class ClusterStatements(VigilDbContext db, TimeProvider clock, StatementClusteringOptions? options = null)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Keys and clusters every statement mention not yet in a Statement (what this ingest run stored, and what a
    /// run that was stopped before its statement clustering left), inside the caller's transaction.
    /// </summary>
    public async Task UpdatePendingAsync(AuditLog audit, string actor, CancellationToken cancellationToken = default)
    {
        if (!await db.StatementMentions.AnyAsync(m => m.StatementId == null, cancellationToken))
        {
            return;
        }

        var names = await SpeakerNamesAsync(cancellationToken);
        var keys = await KeyAsync(db.StatementMentions.Where(m => m.StatementId == null), names, cancellationToken);
        await ReclusterAsync(keys, names, audit, actor, cancellationToken);
    }

    /// <summary>Re-keys every statement mention and rebuilds all statements and speakers, inside the caller's transaction.</summary>
    public async Task RebuildAsync(AuditLog audit, string actor, CancellationToken cancellationToken = default)
    {
        var names = await SpeakerNamesAsync(cancellationToken);
        var keys = await KeyAsync(db.StatementMentions, names, cancellationToken);
        keys.Speakers.UnionWith(await db.Speakers.Select(s => s.Key).ToListAsync(cancellationToken));
        await ReclusterAsync(keys, names, audit, actor, cancellationToken);
    }

    /// <summary>
    /// The speaker key of each of <paramref name="rows"/>, kept in memory, not written: a row's new key is written with its
    /// statement, in one update (<see cref="ReclusterAsync"/>). Writing the keys first and the statements after updated every
    /// quote twice, each time through its five indexes (9.6 of 86 s of statement time in a 10,000-report run on PostgreSQL,
    /// docs/scaling.md, session 23). Only what keying reads is loaded (not the quotes): at the end of a 20,000-report run the
    /// 118,240 pending quotes, read whole and kept while every speaker was clustered, were the run's peak of memory. The rows
    /// are read streaming, one key computed per distinct speaker, role and date, and only the ids of rows whose key changes
    /// are kept (~16 bytes a row).
    /// </summary>
    private async Task<SpeakerKeys> KeyAsync(IQueryable<StatementMention> rows, SpeakerNames names, CancellationToken cancellationToken)
    {
        var keys = new SpeakerKeys();
        var keyOf = new Dictionary<(string Speaker, string? Role, string? Date), string>();
        var read = rows.AsNoTracking().Select(m => new { m.Id, m.Speaker, m.SpeakerRole, m.Date, m.SpeakerKey });
        await foreach (var m in read.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!keyOf.TryGetValue((m.Speaker, m.SpeakerRole, m.Date), out var key))
            {
                var computed = names.Key(m.Speaker, m.SpeakerRole, PartialDate.Parse(m.Date));
                key = keys.Speakers.TryGetValue(computed, out var same) ? same : computed;
                keys.Speakers.Add(key);
                keyOf[(m.Speaker, m.SpeakerRole, m.Date)] = key;
            }

            keys.Rekey(m.Id, m.SpeakerKey, key);
        }

        return keys;
    }

    private async Task<SpeakerNames> SpeakerNamesAsync(CancellationToken cancellationToken) =>
        new(await db.StatementMentions.Select(m => m.Speaker).Distinct().ToListAsync(cancellationToken));

    private async Task ReclusterAsync(SpeakerKeys keys, SpeakerNames names, AuditLog audit, string actor, CancellationToken cancellationToken)
    {
        var clusterer = new StatementClusterer(names, options);
        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        foreach (var key in keys.Speakers.Order(StringComparer.Ordinal))
        {
            var pool = new RecordPool();
            var mentions = await QuotesOfAsync(keys.Quoting(db.StatementMentions.AsNoTracking(), key), pool, cancellationToken);
            var sourceOf = await SourceNamesAsync(db, keys.Quoting(db.StatementMentions.AsNoTracking(), key), pool, cancellationToken);
            var speaker = await db.Speakers.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
            var oldStatements = mentions.Where(m => m.StatementId is not null).Select(m => m.StatementId!.Value).ToHashSet();
            if (speaker is not null)
            {
                oldStatements.UnionWith(await db.Statements.Where(s => s.SpeakerId == speaker.Id).Select(s => s.Id).ToListAsync(cancellationToken));
            }

            if (mentions.Count == 0)
            {
                await DeleteStatementsAsync(oldStatements, audit, actor, cancellationToken);
                if (speaker is not null)
                {
                    db.Speakers.Remove(speaker);
                    await audit.AppendAsync(actor, "speaker.deleted", "speaker", speaker.Id.ToString(), AuditPayload.Deleted, cancellationToken);
                }

                continue;
            }

            var speakerChanged = speaker is null;
            speaker ??= new Speaker { Id = Guid.CreateVersion7(), Key = key, Name = string.Empty };
            var before = speakerChanged ? string.Empty : AuditPayload.HashOf(speaker);
            Describe(speaker, mentions);
            if (db.Entry(speaker).State == EntityState.Detached)
            {
                db.Speakers.Add(speaker);
            }

            if (AuditPayload.HashOf(speaker) != before)
            {
                await audit.AppendAsync(actor, "speaker.updated", "speaker", speaker.Id.ToString(), AuditPayload.HashOf(speaker), cancellationToken);
            }

            var records = mentions.Select(m => new StatementRecord(m.Id, m.Speaker, m.SpeakerRole, PartialDate.Parse(m.Date), m.Quote, sourceOf.GetValueOrDefault(m.ReportId))).ToList();
            var produced = new HashSet<Guid>();
            var moved = new List<StatementMention>();
            var byId = mentions.ToDictionary(m => m.Id);

            // One query for the statements and one for their members as stored, not two per statement:
            // a speaker quoted 50,000 times has tens of thousands of statements.
            var statements = new Dictionary<Guid, Statement>();
            var storedMembers = new Dictionary<Guid, List<Guid>>();
            foreach (var chunk in oldStatements.Chunk(500))
            {
                foreach (var stored in await db.Statements.Where(st => chunk.Contains(st.Id)).ToListAsync(cancellationToken))
                {
                    statements[stored.Id] = stored;
                }

                foreach (var member in await db.StatementMentions.AsNoTracking().Where(m => m.StatementId != null && chunk.Contains(m.StatementId.Value)).Select(m => new { m.Id, m.StatementId }).ToListAsync(cancellationToken))
                {
                    if (!storedMembers.TryGetValue(member.StatementId!.Value, out var list))
                    {
                        storedMembers[member.StatementId.Value] = list = [];
                    }

                    list.Add(member.Id);
                }
            }

            foreach (var cluster in clusterer.Cluster(records, reasons: false))
            {
                var members = cluster.StatementIds.Select(id => byId[id]).ToList();
                var memberIds = members.Select(m => m.Id).ToList();
                var statement = statements.GetValueOrDefault(cluster.Key);
                var previous = statement is null ? string.Empty : AuditPayload.HashOf(statement, storedMembers.GetValueOrDefault(cluster.Key) ?? []);
                statement ??= db.Statements.Local.FindEntry(cluster.Key)?.Entity;

                // A quote's statement and (when it was keyed anew) its key, written together.
                foreach (var m in members.Where(m => m.StatementId != cluster.Key || !string.Equals(m.SpeakerKey, key, StringComparison.Ordinal)))
                {
                    m.StatementId = cluster.Key;
                    m.SpeakerKey = key;
                    moved.Add(m);
                }

                statement ??= db.Statements.Add(new Statement { Id = cluster.Key, SpeakerId = speaker.Id, Quote = string.Empty }).Entity;
                var dated = members.Where(m => m.Date is not null).OrderByDescending(m => PartialDate.Parse(m.Date)?.Precision).ThenBy(m => m.Date, StringComparer.Ordinal).FirstOrDefault();
                statement.SpeakerId = speaker.Id;
                statement.Date = dated?.Date;
                statement.DateFrom = PartialDate.Parse(dated?.Date)?.FirstDay;
                statement.Quote = members.OrderByDescending(m => m.Quote.Length).ThenBy(m => m.Id).First().Quote;
                statement.Outlet = members.Select(m => m.Outlet).FirstOrDefault(o => o is not null);
                statement.MentionCount = members.Count;
                statement.Sources = string.Join("; ", members.Select(m => sourceOf.GetValueOrDefault(m.ReportId) ?? "unattributed").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                var after = AuditPayload.HashOf(statement, memberIds);
                if (after != previous)
                {
                    await audit.AppendAsync(actor, "statement.clustered", "statement", statement.Id.ToString(), after, cancellationToken);
                }

                produced.Add(cluster.Key);
            }

            await BulkRows.UpdateAsync(db, moved, [nameof(StatementMention.StatementId), nameof(StatementMention.SpeakerKey)], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            oldStatements.ExceptWith(produced);
            await DeleteStatementsAsync(oldStatements, audit, actor, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The statement mentions <paramref name="quotes"/> (one speaker's, <see cref="SpeakerKeys.Quoting"/>), untracked, sharing one string per distinct report id,
    /// speaker, role, date, outlet and quote. A speaker is clustered with all their quotes held, and the generated
    /// 100,000-report run's busiest speakers have well over 100,000, many of them the same remark in several reports: each
    /// row read brought its own copies (docs/scaling.md, session 20). The copies are let go as the rows stream.
    /// </summary>
    private static async Task<List<StatementMention>> QuotesOfAsync(IQueryable<StatementMention> quotes, RecordPool pool, CancellationToken cancellationToken)
    {
        string? Share(string? value) => value is null ? null : pool.Share(value);
        var read = new List<StatementMention>();
        await foreach (var m in quotes.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            read.Add(new StatementMention
            {
                Id = m.Id,
                ReportId = pool.Share(m.ReportId),
                Ordinal = m.Ordinal,
                Speaker = pool.Share(m.Speaker),
                SpeakerRole = Share(m.SpeakerRole),
                Date = Share(m.Date),
                Outlet = Share(m.Outlet),
                Quote = pool.Share(m.Quote),
                EvidenceStart = m.EvidenceStart,
                EvidenceEnd = m.EvidenceEnd,
                SpeakerKey = m.SpeakerKey is null ? null : pool.Share(m.SpeakerKey),
                StatementId = m.StatementId,
            });
        }

        return read;
    }

    private async Task DeleteStatementsAsync(HashSet<Guid> ids, AuditLog audit, string actor, CancellationToken cancellationToken)
    {
        foreach (var id in ids.Order())
        {
            if (await db.Statements.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is { } stale
                && !await db.StatementMentions.AnyAsync(m => m.StatementId == id, cancellationToken))
            {
                db.Statements.Remove(stale);
                await audit.AppendAsync(actor, "statement.deleted", "statement", id.ToString(), AuditPayload.Deleted, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The source name of each report that <paramref name="quotes"/> (one speaker's) come from, keyed by <paramref name="pool"/>'s report
    /// ids (the quotes', read first). Joined in the query rather than looked up by the quotes' report ids: a speaker quoted
    /// in 160,000 reports sent them all as one parameter (~20 MB of text) and got each back as a new string, ~30 MB held
    /// with the speaker's quotes (docs/scaling.md, session 21); before that, one parameter per id passed SQLite's limit.
    /// </summary>
    internal static async Task<Dictionary<string, string>> SourceNamesAsync(VigilDbContext db, IQueryable<StatementMention> quotes, RecordPool pool, CancellationToken cancellationToken = default)
    {
        var sourceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = from m in quotes
                   join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
                   join s in db.Sources.AsNoTracking() on r.SourceId equals s.Id into sources
                   from s in sources.DefaultIfEmpty()
                   select new { m.ReportId, Outlet = s == null ? null : s.Name };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var reportId = pool.Share(row.ReportId);
            if (!sourceOf.ContainsKey(reportId))
            {
                sourceOf[reportId] = pool.Share(IncidentMembers.SourceNameOf(row.Outlet));
            }
        }

        return sourceOf;
    }

    /// <summary>The fullest name, every variant, and each role with the first and last date it was seen.</summary>
    private static void Describe(Speaker speaker, List<StatementMention> mentions)
    {
        var variants = mentions.Select(m => m.Speaker.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        speaker.Name = variants.OrderByDescending(v => v.Split(' ').Length).ThenByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).First();
        speaker.Variants = string.Join("; ", variants);
        var roles = mentions.Where(m => !string.IsNullOrWhiteSpace(m.SpeakerRole))
            .GroupBy(m => m.SpeakerRole!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new
            {
                role = g.Key,
                from = g.Select(m => m.Date).Where(d => d is not null).Order(StringComparer.Ordinal).FirstOrDefault(),
                to = g.Select(m => m.Date).Where(d => d is not null).Order(StringComparer.Ordinal).LastOrDefault(),
            })
            .OrderBy(r => r.from ?? "9999", StringComparer.Ordinal).ThenBy(r => r.role, StringComparer.Ordinal);
        speaker.RolesJson = JsonSerializer.Serialize(roles, Json);
    }
}
