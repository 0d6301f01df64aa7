using System.Diagnostics;
using System.Security.Cryptography;
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
/// name (changed bytes, missing blobs).
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

        // 1. The chain.
        var latest = new Dictionary<(string Type, string Id), (long Sequence, string PayloadHash)>();
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
            if (entry.Action is Persons.PersonPayload.ReadAction or Blobs.CopyBlobs.Action)
            {
                // A read of a person (page, export) records who looked, and a copy of the blobs where their bytes went:
                // events, not a state of a row.
            }
            else if (entry.PayloadHash == AuditPayload.Deleted)
            {
                latest.Remove((entry.SubjectType, entry.SubjectId));
            }
            else
            {
                latest[(entry.SubjectType, entry.SubjectId)] = (entry.Sequence, entry.PayloadHash);
            }
        }

        if (expectedHead is { } h && h.Sequence >= expected)
        {
            Problem($"audit log: the published head entry {h.Sequence} is missing (the log ends at {expected - 1}): entries were removed");
        }

        // 2. The rows.
        long rows = 0;
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var indexed = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var report in db.Reports.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            referenced.Add(report.Id);
            CheckRow("report", report.Id, AuditPayload.HashOf(report), latest, Problem);
            CheckText(report, Problem);
            indexed[report.Id] = IndexHash(Reports.SearchReports.Fold(report.Title ?? string.Empty), Reports.SearchReports.Fold(report.Body));
        }

        await CheckSearchIndexAsync(indexed, Problem, cancellationToken);

        await foreach (var evidence in db.Evidence.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            referenced.Add(evidence.Id);
            CheckRow("evidence", evidence.Id, AuditPayload.HashOf(evidence), latest, Problem);
        }

        await foreach (var source in db.Sources.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow("source", source.Id.ToString(), AuditPayload.HashOf(source), latest, Problem);
        }

        await foreach (var extraction in db.ReportExtractions.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow(Extractions.StoreExtraction.SubjectType, extraction.ReportId, AuditPayload.HashOf(extraction), latest, Problem);
        }

        rows += await CheckMentionsAsync(latest, Problem, cancellationToken);
        rows += await CheckIncidentsAsync(latest, Problem, cancellationToken);
        rows += await CheckPersonsAsync(latest, Problem, cancellationToken);

        await foreach (var user in db.Users.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow("user", user.Id.ToString(), Users.UserPayload.HashOf(user), latest, Problem);
        }

        await foreach (var token in db.ApiTokens.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow("api_token", token.Id.ToString(), Users.UserPayload.HashOf(token), latest, Problem);
        }

        await foreach (var link in db.IncidentMedia.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow("incident_media", Media.LinkMedia.SubjectId(link.IncidentId, link.EvidenceId), Media.LinkMedia.HashOf(link), latest, Problem);
        }

        foreach (var ((type, id), (sequence, _)) in latest.OrderBy(kv => kv.Value.Sequence))
        {
            Problem($"{type} {Short(id)}: named by audit entry {sequence} but missing from the database (deleted behind Vigil's back)");
        }

        // 3. The blobs, hashed on all cores.
        var onDisk = blobs.HashAll(cancellationToken);
        var present = new HashSet<string>(onDisk.Select(b => b.Id), StringComparer.Ordinal);
        foreach (var id in referenced.Where(id => !present.Contains(id)).Order(StringComparer.Ordinal))
        {
            Problem($"blob {Short(id)}: missing from {blobs.Describe()}");
        }

        var blobBytes = onDisk.Sum(b => b.Length);
        foreach (var id in onDisk.Where(b => b.Sha256 != b.Id).Select(b => b.Id).Order(StringComparer.Ordinal))
        {
            Problem($"blob {Short(id)}: its bytes were changed (SHA-256 no longer matches its name)");
        }

        var orphans = onDisk.Count(b => !referenced.Contains(b.Id));
        return new VerifyResult(problems, entries, rows, onDisk.Count, blobBytes, orphans, expected - 1, previous, watch.Elapsed);
    }

    /// <summary>
    /// Re-hashes each report's mentions and statement mentions against its "mentions" audit entry,
    /// a page of reports at a time (keyset paging on the report id), so memory stays flat and only
    /// one query is open at a time (PostgreSQL allows no more on one connection).
    /// </summary>
    private async Task<long> CheckMentionsAsync(Dictionary<(string, string), (long Sequence, string PayloadHash)> latest, Action<string> problem, CancellationToken cancellationToken)
    {
        const int Page = 500;
        long rows = 0;
        string? after = null;
        while (true)
        {
            var query = db.Reports.AsNoTracking().Select(r => r.Id);
            if (after is not null)
            {
                query = query.Where(id => string.Compare(id, after) > 0);
            }

            var reportIds = await query.OrderBy(id => id).Take(Page).ToListAsync(cancellationToken);
            if (reportIds.Count == 0)
            {
                break;
            }

            after = reportIds[^1];
            var mentions = (await db.Mentions.AsNoTracking().Where(m => reportIds.Contains(m.ReportId)).ToListAsync(cancellationToken)).ToLookup(m => m.ReportId);
            var statements = (await db.StatementMentions.AsNoTracking().Where(m => reportIds.Contains(m.ReportId)).ToListAsync(cancellationToken)).ToLookup(m => m.ReportId);
            foreach (var reportId in reportIds)
            {
                var group = mentions[reportId].ToList();
                var statementGroup = statements[reportId].ToList();
                rows += group.Count + statementGroup.Count;
                if (group.Count + statementGroup.Count > 0 || latest.ContainsKey(("mentions", reportId)))
                {
                    CheckRow("mentions", reportId, AuditPayload.HashOfMentions(reportId, group, statementGroup), latest, problem);
                }
            }
        }

        // Mentions whose report row is gone are reported with the report; a "mentions" entry left over names a deleted report.
        return rows;
    }

    private async Task<long> CheckIncidentsAsync(Dictionary<(string, string), (long Sequence, string PayloadHash)> latest, Action<string> problem, CancellationToken cancellationToken)
    {
        long rows = 0;
        var members = new Dictionary<Guid, List<(Guid, bool)>>();
        await foreach (var link in db.Mentions.AsNoTracking().Where(m => m.IncidentId != null).Select(m => new { m.Id, m.IncidentId, m.Pinned }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!members.TryGetValue(link.IncidentId!.Value, out var list))
            {
                members[link.IncidentId.Value] = list = [];
            }

            list.Add((link.Id, link.Pinned));
        }

        await foreach (var incident in db.Incidents.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow("incident", incident.Id.ToString(), AuditPayload.HashOf(incident, members.GetValueOrDefault(incident.Id) ?? []), latest, problem);
        }

        var statementMembers = new Dictionary<Guid, List<Guid>>();
        await foreach (var link in db.StatementMentions.AsNoTracking().Where(m => m.StatementId != null).Select(m => new { m.Id, m.StatementId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!statementMembers.TryGetValue(link.StatementId!.Value, out var list))
            {
                statementMembers[link.StatementId.Value] = list = [];
            }

            list.Add(link.Id);
        }

        await foreach (var statement in db.Statements.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow("statement", statement.Id.ToString(), AuditPayload.HashOf(statement, statementMembers.GetValueOrDefault(statement.Id) ?? []), latest, problem);
        }

        await foreach (var speaker in db.Speakers.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow("speaker", speaker.Id.ToString(), AuditPayload.HashOf(speaker), latest, problem);
        }

        // Credibility grades: every graded mention, and every mention whose grade was set back to the default.
        await foreach (var graded in db.Mentions.AsNoTracking().Where(m => m.Credibility != 6).Select(m => new { m.Id, m.Credibility }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            CheckRow("credibility", graded.Id.ToString(), AuditPayload.HashOfCredibility(graded.Id, graded.Credibility), latest, problem);
        }

        var regraded = latest.Keys.Where(k => k.Item1 == "credibility").Select(k => Guid.Parse(k.Item2)).ToList();
        foreach (var chunk in regraded.Chunk(500))
        {
            foreach (var m in await db.Mentions.AsNoTracking().Where(m => chunk.Contains(m.Id)).Select(m => new { m.Id, m.Credibility }).ToListAsync(cancellationToken))
            {
                CheckRow("credibility", m.Id.ToString(), AuditPayload.HashOfCredibility(m.Id, m.Credibility), latest, problem);
            }
        }

        return rows;
    }

    /// <summary>
    /// Re-hashes each report's person mentions as they stream past in report order, holding one report's at a time
    /// (it held every person mention of the store, whole rows, until the last was read), then each person against
    /// its members.
    /// </summary>
    private async Task<long> CheckPersonsAsync(Dictionary<(string, string), (long Sequence, string PayloadHash)> latest, Action<string> problem, CancellationToken cancellationToken)
    {
        long rows = 0;
        var members = new Dictionary<Guid, List<(Guid, bool)>>();
        var report = new List<Persons.PersonMention>();
        void CheckReport() => CheckRow("person_mentions", report[0].ReportId, Persons.PersonPayload.HashOfMentions(report[0].ReportId, report), latest, problem);
        await foreach (var m in db.PersonMentions.AsNoTracking().OrderBy(m => m.ReportId).ThenBy(m => m.Ordinal).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            if (report.Count > 0 && report[0].ReportId != m.ReportId)
            {
                CheckReport();
                report.Clear();
            }

            report.Add(m);
            if (m.PersonId is { } person)
            {
                if (!members.TryGetValue(person, out var of))
                {
                    members[person] = of = [];
                }

                of.Add((m.Id, m.Pinned));
            }
        }

        if (report.Count > 0)
        {
            CheckReport();
        }

        await foreach (var person in db.Persons.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows++;
            CheckRow("person", person.Id.ToString(), Persons.PersonPayload.HashOf(person, members.GetValueOrDefault(person.Id) ?? []), latest, problem);
        }

        return rows;
    }

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
    // Arabic letters, digits, kashida and ZWNJ): a search must find what the reports say, so a row missing, added or edited there is a problem. PostgreSQL's index is an expression index
    // over the reports themselves and cannot disagree with them.
    private async Task CheckSearchIndexAsync(Dictionary<string, string> expected, Action<string> problem, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in db.Database.SqlQueryRaw<SearchIndexRow>("SELECT report_id AS ReportId, title AS Title, body AS Body FROM reports_fts").AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!seen.Add(row.ReportId) || !expected.TryGetValue(row.ReportId, out var hash))
            {
                problem($"search index: an entry for report {Short(row.ReportId)} that is not a stored report (or is there twice)");
            }
            else if (hash != IndexHash(row.Title ?? string.Empty, row.Body ?? string.Empty))
            {
                problem($"search index: the entry for report {Short(row.ReportId)} differs from the report (searches would find other text)");
            }
        }

        foreach (var id in expected.Keys.Where(id => !seen.Contains(id)).Order(StringComparer.Ordinal))
        {
            problem($"search index: report {Short(id)} is missing (searches would not find it)");
        }
    }

    private static string IndexHash(string title, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(title + "\0" + body)));

    private sealed record SearchIndexRow(string ReportId, string? Title, string? Body);

    private static void CheckRow(string type, string id, string payloadHash, Dictionary<(string, string), (long Sequence, string PayloadHash)> latest, Action<string> problem)
    {
        if (!latest.Remove((type, id), out var audited))
        {
            problem($"{type} {Short(id)}: not in the audit log (written behind Vigil's back)");
        }
        else if (audited.PayloadHash != payloadHash)
        {
            problem($"{type} {Short(id)}: changed since audit entry {audited.Sequence} recorded it");
        }
    }

    // Hash ids (reports, evidence, blobs) differ from the start; UUID v7 ids (incidents, statements,
    // speakers, sources) start with their timestamp, shared by everything made in the same
    // millisecond, so they are named by their last 12 hex digits, as vigil incidents lists them.
    private static string Short(string id) =>
        Incidents.IncidentIds.ShortForm(id);
}
