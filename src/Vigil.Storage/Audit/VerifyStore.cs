using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Audit;

/// <summary>
/// Checks that nothing was changed behind Vigil's back: walks the audit chain (gaps, reordering,
/// edited entries), re-hashes every audited row against the payload hash its latest entry recorded
/// (edited, deleted or unaudited rows), re-reads every report's original bytes and compares the text
/// they give with the stored text (so a body edited together with its hashes and the chain is still
/// found), checks the SQLite search index against the reports, and re-hashes every blob against its
/// name (changed bytes, missing blobs). Every table is read in id order beside its subjects' latest audit
/// entries in the same order (<see cref="KeyOrder"/>), so memory does not grow with the store: a
/// 300,000-report store (849,458 incidents) took 1.3 GB when the entries were held in a dictionary.
/// </summary>
public sealed class VerifyStore(VigilDbContext db, BlobStore blobs)
{
    private const int MaxProblems = 100;

    /// <summary>Runs every check. <paramref name="expectedHead"/> (sequence, hash), when given, must still be in the chain.</summary>
    public async Task<VerifyResult> RunAsync((long Sequence, string Hash)? expectedHead = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var problems = new List<string>();
        void Problem(string text)
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(text);
            }
        }

        // 1. The chain, and the kinds of subject it names.
        var types = new HashSet<string>(StringComparer.Ordinal);
        long expected = 1;
        var previous = AuditChain.GenesisHash;
        long entries = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            entries++;
            if (entry.Sequence != expected)
            {
                Problem(entry.Sequence > expected
                    ? $"audit log: entry {expected} is missing (the next one is {entry.Sequence})"
                    : $"audit log: entry {entry.Sequence} appears twice");
            }
            else if (entry.PreviousHash != previous)
            {
                Problem($"audit log: entry {entry.Sequence} does not follow entry {entry.Sequence - 1} (previous-hash mismatch: entries removed, reordered or edited)");
            }
            else if (AuditChain.HashOf(entry) != entry.Hash)
            {
                Problem($"audit log: entry {entry.Sequence} was edited (its hash does not match its fields)");
            }

            if (expectedHead is { } head && entry.Sequence == head.Sequence && !string.Equals(entry.Hash, head.Hash, StringComparison.OrdinalIgnoreCase))
            {
                Problem($"audit log: entry {entry.Sequence} no longer has the published head hash {head.Hash}: the chain was rewritten");
            }

            expected = entry.Sequence + 1;
            previous = entry.Hash;
            types.Add(entry.SubjectType);
        }

        if (expectedHead is { } h && h.Sequence >= expected)
        {
            Problem($"audit log: the published head entry {h.Sequence} is missing (the log ends at {expected - 1}): entries were removed");
        }

        // 2. The rows: each table in id order beside the latest audit entry of each of its subjects in the same order.
        _order = await KeyOrder.OfAsync(db, cancellationToken);
        var rows = 0L;
        var order = _order;
        await CheckAsync("report", order.StreamAsync(d => order.By(d.Reports.AsNoTracking(), r => r.Id), cancellationToken), r => r.Id, report =>
        {
            rows++;
            return AuditPayload.HashOf(report);
        }, Problem, cancellationToken, then: report => CheckText(report, Problem));

        await CheckSearchIndexAsync(Problem, cancellationToken);

        await CheckAsync("evidence", order.StreamAsync(d => order.By(d.Evidence.AsNoTracking(), e => e.Id), cancellationToken), e => e.Id, evidence =>
        {
            rows++;
            return AuditPayload.HashOf(evidence);
        }, Problem, cancellationToken);

        await CheckAsync("source", order.StreamAsync(d => d.Sources.AsNoTracking().OrderBy(s => s.Id), cancellationToken), s => s.Id.ToString(), source =>
        {
            rows++;
            return AuditPayload.HashOf(source);
        }, Problem, cancellationToken);

        await CheckAsync(Extractions.StoreExtraction.SubjectType, order.StreamAsync(d => order.By(d.ReportExtractions.AsNoTracking(), e => e.ReportId), cancellationToken), e => e.ReportId, extraction =>
        {
            rows++;
            return AuditPayload.HashOf(extraction);
        }, Problem, cancellationToken);

        rows += await CheckMentionsAsync(Problem, cancellationToken);
        rows += await CheckIncidentsAsync(Problem, cancellationToken);
        rows += await CheckPersonsAsync(Problem, cancellationToken);

        await CheckAsync("user", order.StreamAsync(d => d.Users.AsNoTracking().OrderBy(u => u.Id), cancellationToken), u => u.Id.ToString(), user =>
        {
            rows++;
            return Users.UserPayload.HashOf(user);
        }, Problem, cancellationToken);

        await CheckAsync("api_token", order.StreamAsync(d => d.ApiTokens.AsNoTracking().OrderBy(t => t.Id), cancellationToken), t => t.Id.ToString(), token =>
        {
            rows++;
            return Users.UserPayload.HashOf(token);
        }, Problem, cancellationToken);

        await CheckAsync("incident_media", order.StreamAsync(d => order.ThenBy(d.IncidentMedia.AsNoTracking().OrderBy(l => l.IncidentId), l => l.EvidenceId), cancellationToken), l => Media.LinkMedia.SubjectId(l.IncidentId, l.EvidenceId), link =>
        {
            rows++;
            return Media.LinkMedia.HashOf(link);
        }, Problem, cancellationToken);

        // A kind of subject no table holds: every one the log says exists is missing.
        foreach (var type in types.Except(_checked).Order(StringComparer.Ordinal))
        {
            await foreach (var audited in order.LatestAsync(type, cancellationToken))
            {
                Missing(type, audited, Problem);
            }
        }

        // 3. The blobs, hashed on all cores, beside the ids that name them, both in id order.
        var (blobCount, blobBytes, orphans) = await CheckBlobsAsync(Problem, cancellationToken);
        return new VerifyResult(problems, entries, rows, blobCount, blobBytes, orphans, expected - 1, previous, watch.Elapsed);
    }

    private KeyOrder _order = null!;

    // The subject types the row checks compared (any other a log names has no table, so its subjects are missing).
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);

    /// <summary>
    /// Compares <paramref name="rows"/>, read in id order, with the latest audit entry of each subject of
    /// <paramref name="type"/>, read in the same order: a row with no entry was written behind Vigil's back, a row whose
    /// hash is not its entry's was changed, an entry with no row names a subject deleted behind Vigil's back (or, with
    /// <paramref name="unmatched"/>, is handed there in chunks). A row for which <paramref name="needsEntry"/> says no is
    /// only compared when it has an entry; <paramref name="then"/> runs on each row after it was compared.
    /// </summary>
    private async Task CheckAsync<TRow>(
        string type, IAsyncEnumerable<TRow> rows, Func<TRow, string> idOf, Func<TRow, string> hashOf, Action<string> problem, CancellationToken cancellationToken,
        Func<TRow, bool>? needsEntry = null, Func<IReadOnlyList<Audited>, Task>? unmatched = null, Action<TRow>? then = null)
    {
        _checked.Add(type);
        var left = new List<Audited>();
        await using var audited = _order.LatestAsync(type, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var more = await audited.MoveNextAsync();
        string? previousRow = null;
        string? previousEntry = null;

        bool InOrder()
        {
            if (more && previousEntry is not null && string.CompareOrdinal(previousEntry, audited.Current.Id) >= 0)
            {
                problem($"{type}: the audit log's entries came out of id order ({Short(previousEntry)} before {Short(audited.Current.Id)}); the rows could not be compared with them");
                return false;
            }

            previousEntry = more ? audited.Current.Id : previousEntry;
            return true;
        }

        async Task LeftAsync()
        {
            if (unmatched is null)
            {
                Missing(type, audited.Current, problem);
                return;
            }

            left.Add(audited.Current);
            if (left.Count == 500)
            {
                await unmatched(left);
                left.Clear();
            }
        }

        if (!InOrder())
        {
            return;
        }

        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var id = idOf(row);
            if (previousRow is not null && string.CompareOrdinal(previousRow, id) >= 0)
            {
                problem($"{type}: the database gave its rows out of id order ({Short(previousRow)} before {Short(id)}); they could not be compared with the audit log");
                return;
            }

            previousRow = id;
            while (more && string.CompareOrdinal(audited.Current.Id, id) < 0)
            {
                await LeftAsync();
                more = await audited.MoveNextAsync();
                if (!InOrder())
                {
                    return;
                }
            }

            var hash = hashOf(row);
            if (more && audited.Current.Id == id)
            {
                if (audited.Current.PayloadHash != hash)
                {
                    problem($"{type} {Short(id)}: changed since audit entry {audited.Current.Sequence} recorded it");
                }

                more = await audited.MoveNextAsync();
                if (!InOrder())
                {
                    return;
                }
            }
            else if (needsEntry?.Invoke(row) != false)
            {
                problem($"{type} {Short(id)}: not in the audit log (written behind Vigil's back)");
            }

            then?.Invoke(row);
        }

        while (more)
        {
            await LeftAsync();
            more = await audited.MoveNextAsync();
            if (!InOrder())
            {
                return;
            }
        }

        if (left.Count > 0)
        {
            await unmatched!(left);
        }
    }

    private static void Missing(string type, Audited audited, Action<string> problem) =>
        problem($"{type} {Short(audited.Id)}: named by audit entry {audited.Sequence} but missing from the database (deleted behind Vigil's back)");

    /// <summary>
    /// Re-hashes each report's mentions and statement mentions against its "mentions" audit entry: the report ids, the
    /// mentions and the statement mentions each stream in report order (the last two through their (report, ordinal)
    /// indexes) and are put together one report at a time.
    /// </summary>
    private async Task<long> CheckMentionsAsync(Action<string> problem, CancellationToken cancellationToken)
    {
        long rows = 0;
        var order = _order;
        var reports = order.StreamAsync(d => order.By(d.Reports.AsNoTracking().Select(r => r.Id), id => id), cancellationToken);
        var mentions = Grouped(order.StreamAsync(d => order.By(d.Mentions.AsNoTracking(), m => m.ReportId), cancellationToken), m => m.ReportId);
        var statements = Grouped(order.StreamAsync(d => order.By(d.StatementMentions.AsNoTracking(), m => m.ReportId), cancellationToken), m => m.ReportId);

        // Mentions of a report that is gone are reported with the report.
        var together = WithMembers(WithMembers(reports, id => id, mentions), r => r.Row, statements)
            .Select(r => (ReportId: r.Row.Row, Mentions: r.Row.Members, Statements: r.Members));
        await CheckAsync("mentions", together, g => g.ReportId, g =>
        {
            rows += g.Mentions.Count + g.Statements.Count;
            return AuditPayload.HashOfMentions(g.ReportId, g.Mentions, g.Statements);
        }, problem, cancellationToken, needsEntry: g => g.Mentions.Count + g.Statements.Count > 0);
        return rows;
    }

    private async Task<long> CheckIncidentsAsync(Action<string> problem, CancellationToken cancellationToken)
    {
        long rows = 0;
        var order = _order;
        var members = Grouped(
            order.StreamAsync(d => d.Mentions.AsNoTracking().Where(m => m.IncidentId != null).OrderBy(m => m.IncidentId).Select(m => new { m.IncidentId, m.Id, m.Pinned }), cancellationToken),
            m => m.IncidentId!.Value.ToString());
        await CheckAsync("incident", WithMembers(order.StreamAsync(d => d.Incidents.AsNoTracking().OrderBy(i => i.Id), cancellationToken), i => i.Id.ToString(), members), p => p.Row.Id.ToString(), p =>
        {
            rows++;
            return AuditPayload.HashOf(p.Row, p.Members.Select(m => (m.Id, m.Pinned)));
        }, problem, cancellationToken);

        var quotes = Grouped(
            order.StreamAsync(d => d.StatementMentions.AsNoTracking().Where(m => m.StatementId != null).OrderBy(m => m.StatementId).Select(m => new { m.StatementId, m.Id }), cancellationToken),
            m => m.StatementId!.Value.ToString());
        await CheckAsync("statement", WithMembers(order.StreamAsync(d => d.Statements.AsNoTracking().OrderBy(s => s.Id), cancellationToken), s => s.Id.ToString(), quotes), p => p.Row.Id.ToString(), p =>
        {
            rows++;
            return AuditPayload.HashOf(p.Row, p.Members.Select(m => m.Id));
        }, problem, cancellationToken);

        await CheckAsync("speaker", order.StreamAsync(d => d.Speakers.AsNoTracking().OrderBy(s => s.Id), cancellationToken), s => s.Id.ToString(), speaker =>
        {
            rows++;
            return AuditPayload.HashOf(speaker);
        }, problem, cancellationToken);

        // Credibility grades: every graded mention, and every mention whose grade was set back to the default (looked up
        // by id, 500 at a time, for the entries no graded mention answered).
        await CheckAsync(
            "credibility",
            order.StreamAsync(d => d.Mentions.AsNoTracking().Where(m => m.Credibility != 6).OrderBy(m => m.Id).Select(m => new { m.Id, m.Credibility }), cancellationToken),
            m => m.Id.ToString(),
            m => AuditPayload.HashOfCredibility(m.Id, m.Credibility),
            problem,
            cancellationToken,
            unmatched: async entries =>
            {
                var ids = entries.Select(e => Guid.TryParse(e.Id, out var id) ? id : Guid.Empty).ToList();
                await using var lookup = order.Open();
                var found = await lookup.Mentions.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Credibility }).ToDictionaryAsync(m => m.Id.ToString(), m => m.Credibility, cancellationToken);
                foreach (var entry in entries)
                {
                    if (!found.TryGetValue(entry.Id, out var credibility))
                    {
                        Missing("credibility", entry, problem);
                    }
                    else if (AuditPayload.HashOfCredibility(Guid.Parse(entry.Id), credibility) != entry.PayloadHash)
                    {
                        problem($"credibility {Short(entry.Id)}: changed since audit entry {entry.Sequence} recorded it");
                    }
                }
            });

        return rows;
    }

    /// <summary>
    /// Re-hashes each report's person mentions against its "person_mentions" entry as they stream past in report order,
    /// then each person against its members, which stream in person order beside the persons.
    /// </summary>
    private async Task<long> CheckPersonsAsync(Action<string> problem, CancellationToken cancellationToken)
    {
        long rows = 0;
        var order = _order;
        var byReport = Grouped(order.StreamAsync(d => order.By(d.PersonMentions.AsNoTracking(), m => m.ReportId).ThenBy(m => m.Ordinal), cancellationToken), m => m.ReportId);
        await CheckAsync("person_mentions", byReport, g => g.Key, g =>
        {
            rows += g.Rows.Count;
            return Persons.PersonPayload.HashOfMentions(g.Key, g.Rows);
        }, problem, cancellationToken);

        var members = Grouped(
            order.StreamAsync(d => d.PersonMentions.AsNoTracking().Where(m => m.PersonId != null).OrderBy(m => m.PersonId).Select(m => new { m.PersonId, m.Id, m.Pinned }), cancellationToken),
            m => m.PersonId!.Value.ToString());
        await CheckAsync("person", WithMembers(order.StreamAsync(d => d.Persons.AsNoTracking().OrderBy(p => p.Id), cancellationToken), p => p.Id.ToString(), members), p => p.Row.Id.ToString(), p =>
        {
            rows++;
            return Persons.PersonPayload.HashOf(p.Row, p.Members.Select(m => (m.Id, m.Pinned)));
        }, problem, cancellationToken);

        return rows;
    }

    /// <summary>Consecutive rows with the same key, as one group each.</summary>
    private static async IAsyncEnumerable<Group<T>> Grouped<T>(IAsyncEnumerable<T> rows, Func<T, string> keyOf)
    {
        Group<T>? group = null;
        await foreach (var row in rows)
        {
            var key = keyOf(row);
            if (group is not null && group.Key != key)
            {
                yield return group;
                group = null;
            }

            group ??= new Group<T>(key, []);
            group.Rows.Add(row);
        }

        if (group is not null)
        {
            yield return group;
        }
    }

    /// <summary>Each row with its members, both streams in id order (members of a row that is gone are passed over).</summary>
    private static async IAsyncEnumerable<(TRow Row, IReadOnlyList<TMember> Members)> WithMembers<TRow, TMember>(IAsyncEnumerable<TRow> rows, Func<TRow, string> idOf, IAsyncEnumerable<Group<TMember>> members)
    {
        await using var groups = members.GetAsyncEnumerator();
        var more = await groups.MoveNextAsync();
        await foreach (var row in rows)
        {
            var id = idOf(row);
            while (more && string.CompareOrdinal(groups.Current.Key, id) < 0)
            {
                more = await groups.MoveNextAsync();
            }

            yield return (row, more && groups.Current.Key == id ? groups.Current.Rows : []);
        }
    }

    private sealed record Group<T>(string Key, List<T> Rows);

    // The stored text must be what the original bytes read as: the blob's name is its hash, so the bytes cannot be
    // swapped without that showing, and a body rewritten together with its payload hash and the whole chain after it
    // no longer passes.
    private void CheckText(Reports.Report report, Action<string> problem)
    {
        if (!Enum.TryParse<Core.Reports.ReportFormat>(report.Format, ignoreCase: true, out var format) || blobs.Read(report.Id) is not { } bytes)
        {
            return; // a missing blob is reported with the blobs
        }

        if (BlobStore.IdOf(bytes) != report.Id)
        {
            return; // changed bytes are reported with the blobs
        }

        var read = Core.Reports.ReportReader.Read(bytes, format, int.MaxValue);
        if (!read.Succeeded || read.Content.Body != report.Body)
        {
            problem($"report {Short(report.Id)}: its stored text is not what its original bytes read as (edited in the database)");
        }
    }

    // SQLite keeps a full-text copy of every report (reports_fts, kept by triggers, folded as SearchReports.Fold folds
    // Arabic letters, digits, kashida and ZWNJ): a search must find what the reports say, so a row missing, added or edited
    // there is a problem. SQLite compares the two itself: each side's (id, hash of the folded title and body) in a temporary
    // table, set against set (EXCEPT), so only the differences reach verify, never a copy of every report's hash. PostgreSQL's index
    // is an expression index over the reports themselves and cannot disagree with them.
    private async Task CheckSearchIndexAsync(Action<string> problem, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            return;
        }

        await using var connection = await OpenConnection.OfAsync(db, cancellationToken);
        ((SqliteConnection)connection.Connection).CreateFunction<string?, string?, string>(IndexHashFunction, (title, body) => IndexHash(title ?? string.Empty, body ?? string.Empty), isDeterministic: true);
        // Each side hashed once into a temporary table (on disk for the CLI), then compared both ways.
        await ExecuteAsync(connection, $"""
            DROP TABLE IF EXISTS temp.verify_index; DROP TABLE IF EXISTS temp.verify_reports;
            CREATE TEMP TABLE verify_index AS SELECT report_id AS id, {IndexHashFunction}(title, body) AS hash FROM reports_fts;
            CREATE TEMP TABLE verify_reports AS SELECT "Id" AS id, {IndexHashFunction}({Reports.SearchReports.FoldFunction}(coalesce("Title", '')), {Reports.SearchReports.FoldFunction}("Body")) AS hash FROM reports;
            """, cancellationToken);
        List<string> extra, missing, twice;
        try
        {
            extra = await IdsAsync(connection, $"SELECT id FROM (SELECT id, hash FROM verify_index EXCEPT SELECT id, hash FROM verify_reports) ORDER BY 1 LIMIT {MaxProblems}", cancellationToken);
            missing = await IdsAsync(connection, $"SELECT id FROM (SELECT id, hash FROM verify_reports EXCEPT SELECT id, hash FROM verify_index) ORDER BY 1 LIMIT {MaxProblems}", cancellationToken);
            twice = await IdsAsync(connection, $"SELECT id FROM verify_index GROUP BY id HAVING count(*) > 1 ORDER BY 1 LIMIT {MaxProblems}", cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, "DROP TABLE IF EXISTS temp.verify_index; DROP TABLE IF EXISTS temp.verify_reports;", CancellationToken.None);
        }

        var differing = extra.Intersect(missing).ToHashSet(StringComparer.Ordinal);
        foreach (var id in differing.Order(StringComparer.Ordinal))
        {
            problem($"search index: the entry for report {Short(id)} differs from the report (searches would find other text)");
        }

        foreach (var id in extra.Where(id => !differing.Contains(id)).Union(twice).Order(StringComparer.Ordinal))
        {
            problem($"search index: an entry for report {Short(id)} that is not a stored report (or is there twice)");
        }

        foreach (var id in missing.Where(id => !differing.Contains(id)))
        {
            problem($"search index: report {Short(id)} is missing (searches would not find it)");
        }
    }

    private const string IndexHashFunction = "vigil_index_hash";

    private static async Task ExecuteAsync(OpenConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<string>> IdsAsync(OpenConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string IndexHash(string title, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title + "\0" + body)));

    /// <summary>
    /// Every stored blob against the ids that name one (reports and evidence), both in id order: a named blob not held is
    /// missing, a held blob whose bytes no longer hash to its name was changed, a held blob nobody names is counted as an
    /// orphan. Returns the blobs' count, their bytes and the orphans.
    /// </summary>
    private async Task<(long Count, long Bytes, long Orphans)> CheckBlobsAsync(Action<string> problem, CancellationToken cancellationToken)
    {
        var order = _order;
        var named = Union(
            order.StreamAsync(d => order.By(d.Reports.AsNoTracking().Select(r => r.Id), id => id), cancellationToken),
            order.StreamAsync(d => order.By(d.Evidence.AsNoTracking().Select(e => e.Id), id => id), cancellationToken));
        await using var names = named.GetAsyncEnumerator(cancellationToken);
        var more = await names.MoveNextAsync();
        var (count, bytes, orphans) = (0L, 0L, 0L);
        var changed = new List<string>();
        foreach (var blob in blobs.HashInOrder(cancellationToken))
        {
            count++;
            bytes += blob.Length;
            while (more && string.CompareOrdinal(names.Current, blob.Id) < 0)
            {
                problem($"blob {Short(names.Current)}: missing from {blobs.Describe()}");
                more = await names.MoveNextAsync();
            }

            if (more && names.Current == blob.Id)
            {
                more = await names.MoveNextAsync();
            }
            else
            {
                orphans++;
            }

            if (blob.Sha256 != blob.Id && changed.Count < MaxProblems)
            {
                changed.Add(blob.Id);
            }
        }

        while (more)
        {
            problem($"blob {Short(names.Current)}: missing from {blobs.Describe()}");
            more = await names.MoveNextAsync();
        }

        foreach (var id in changed)
        {
            problem($"blob {Short(id)}: its bytes were changed (SHA-256 no longer matches its name)");
        }

        return (count, bytes, orphans);
    }

    /// <summary>Two id streams in order, merged into one in order, each id once.</summary>
    private static async IAsyncEnumerable<string> Union(IAsyncEnumerable<string> first, IAsyncEnumerable<string> second)
    {
        await using var a = first.GetAsyncEnumerator();
        await using var b = second.GetAsyncEnumerator();
        var (moreA, moreB) = (await a.MoveNextAsync(), await b.MoveNextAsync());
        while (moreA || moreB)
        {
            var order = !moreA ? 1 : !moreB ? -1 : string.CompareOrdinal(a.Current, b.Current);
            yield return order <= 0 ? a.Current : b.Current;
            if (order <= 0)
            {
                moreA = await a.MoveNextAsync();
            }

            if (order >= 0)
            {
                moreB = await b.MoveNextAsync();
            }
        }
    }

    // Hash ids (reports, evidence, blobs) differ from the start; UUID v7 ids (incidents, statements,
    // speakers, sources) start with their timestamp, shared by everything made in the same
    // millisecond, so they are named by their last 12 hex digits, as vigil incidents lists them.
    private static string Short(string id) =>
        Incidents.IncidentIds.ShortForm(id);
}
