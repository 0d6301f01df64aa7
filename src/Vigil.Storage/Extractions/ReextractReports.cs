using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Persons;

namespace Vigil.Storage.Extractions;

/// <summary>
/// <c>vigil reextract</c>: runs the current pipeline again over stored reports and replaces their mentions, statement
/// mentions, person mentions and field spans, one report per transaction (an interrupted run resumes with the reports
/// still on an older version), then re-clusters everything as <c>vigil recluster</c> does. Editors' decisions hold: a
/// new mention that stands for an old one (same type, overlapping evidence: <see cref="EvidenceMatch"/>) keeps its id,
/// incident, pin and credibility grade; a pinned mention the new pipeline no longer finds is kept as it was; person
/// mentions keep their person and pin the same way. Every change is audited, so <c>vigil verify</c> still passes.
/// </summary>
public sealed class ReextractReports(VigilDbContext db, ExtractionPipeline pipeline, TimeProvider clock)
{
    /// <summary>The audit action of a report's re-extracted mentions (the payload is the same as ingest's).</summary>
    public const string Action = "mentions.reextracted";

    /// <summary>Ids of the stored reports whose extraction is not <see cref="PipelineVersion.Current"/> (or was never recorded), in id order.</summary>
    public async Task<List<string>> StaleAsync(CancellationToken cancellationToken = default)
    {
        var current = PipelineVersion.Current;
        return await (from r in db.Reports.AsNoTracking()
                      join e in db.ReportExtractions.AsNoTracking() on r.Id equals e.ReportId into extractions
                      from e in extractions.DefaultIfEmpty()
                      where e == null || e.PipelineVersion != current
                      orderby r.Id
                      select r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The full id of the report <paramref name="id"/> names (a full id or a prefix of at least 8 characters).</summary>
    public async Task<Outcome<string>> ResolveAsync(string id, CancellationToken cancellationToken = default)
    {
        var key = id.Trim().ToLowerInvariant();
        if (key.Length < 8 || !key.All(char.IsAsciiHexDigitLower) && !key.All(char.IsAsciiDigit))
        {
            return Outcome.Invalid("REPORT", $"'{id}' is not a report id (the SHA-256 of the report, or at least its first 8 hex digits)");
        }

        var found = await db.Reports.AsNoTracking().Where(r => r.Id.StartsWith(key)).Select(r => r.Id).Take(2).ToListAsync(cancellationToken);
        return found.Count switch
        {
            0 => Outcome.NotFound($"report {id}"),
            1 => found[0],
            _ => Outcome.Conflict($"'{id}' names more than one report: give more digits"),
        };
    }

    /// <summary>Whether a previous run stopped between re-extracting reports and re-clustering (mentions not in any incident or statement).</summary>
    public async Task<bool> ReclusterPendingAsync(CancellationToken cancellationToken = default) =>
        await db.Mentions.AsNoTracking().AnyAsync(m => m.IncidentId == null, cancellationToken)
        || await db.StatementMentions.AsNoTracking().AnyAsync(m => m.StatementId == null, cancellationToken);

    /// <summary>
    /// Re-extracts one report in its own transaction; with <paramref name="dryRun"/> only says what would change. A report
    /// that cannot be re-extracted is left as it was and the outcome's <see cref="ReextractOutcome.Problem"/> says why
    /// (never its text).
    /// </summary>
    public async Task<ReextractOutcome> RunAsync(string reportId, string actor, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        var oldVersion = await db.ReportExtractions.AsNoTracking().Where(e => e.ReportId == reportId).Select(e => e.PipelineVersion).FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return new ReextractOutcome(reportId, oldVersion, 0, 0, 0, 0, 0, 0) { Problem = "no such report" };
        }

        var oldMentions = await db.Mentions.AsNoTracking().Where(m => m.ReportId == reportId).OrderBy(m => m.Ordinal).ToListAsync(cancellationToken);
        var oldStatements = await db.StatementMentions.AsNoTracking().Where(m => m.ReportId == reportId).OrderBy(m => m.Ordinal).ToListAsync(cancellationToken);
        var oldPersons = await db.PersonMentions.AsNoTracking().Where(m => m.ReportId == reportId).OrderBy(m => m.Ordinal).ToListAsync(cancellationToken);
        // The outlet as ingest gave it to the pipeline: its own voice is not a statement.
        var outlet = report.SourceId is { } sourceId ? await db.Sources.AsNoTracking().Where(s => s.Id == sourceId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) : null;
        ExtractionResult result;
        try
        {
            result = pipeline.Run(report.Body, report.Published, report.Language, outlet);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The pipeline must not throw on text; if it does, say so without the text and leave the report alone.
            return new ReextractOutcome(reportId, oldVersion, oldMentions.Count, oldMentions.Count, oldStatements.Count, oldStatements.Count, oldPersons.Count, oldPersons.Count)
            {
                Problem = $"the pipeline failed on its stored text ({ex.GetType().Name}); left as it was",
            };
        }

        if (result.Incidents.Any(i => i.Evidence.End > report.Body.Length))
        {
            return new ReextractOutcome(reportId, oldVersion, oldMentions.Count, oldMentions.Count, oldStatements.Count, oldStatements.Count, oldPersons.Count, oldPersons.Count)
            {
                Problem = "the pipeline gave evidence outside the stored text; left as it was",
            };
        }

        // New rows keep the ids of the old rows they stand for.
        var mentionPairs = EvidenceMatch.Pair(
            [.. oldMentions.Select(m => (m.Type, m.EvidenceStart, m.EvidenceEnd))],
            [.. result.Incidents.Select(i => (Core.Extraction.Output.ExtractionJson.TypeName(i.Type), i.Evidence.Start, i.Evidence.End))]);
        var mentions = MentionRows.Of(reportId, result.Incidents, [.. mentionPairs.Select(p => p is { } o ? oldMentions[o].Id : (Guid?)null)]);
        var matched = mentionPairs.Where(p => p is not null).Select(p => p!.Value).ToHashSet();
        var keptPinned = oldMentions.Where((m, i) => m.Pinned && !matched.Contains(i)).ToList();
        var statementPairs = EvidenceMatch.Pair(
            [.. oldStatements.Select(s => (s.Speaker, s.EvidenceStart, s.EvidenceEnd))],
            [.. result.Statements.Select(s => (s.Speaker, s.Evidence.Start, s.Evidence.End))]);
        var statements = MentionRows.Of(reportId, result.Statements, [.. statementPairs.Select(p => p is { } o ? oldStatements[o].Id : (Guid?)null)]);
        var fresh = PersonMentionRows.Of(reportId, result.PersonFates, mentions);
        var personPairs = EvidenceMatch.Pair(
            [.. oldPersons.Select(p => (p.NameKey, p.EvidenceStart, p.EvidenceEnd))],
            [.. fresh.Select(p => (p.NameKey, p.EvidenceStart, p.EvidenceEnd))]);
        var persons = PersonMentionRows.Of(reportId, result.PersonFates, mentions, ids: [.. personPairs.Select(p => p is { } o ? oldPersons[o].Id : (Guid?)null)]);
        var outcome = new ReextractOutcome(reportId, oldVersion, oldMentions.Count, mentions.Count + keptPinned.Count, oldStatements.Count, statements.Count, oldPersons.Count, persons.Count)
        {
            KeptPinned = keptPinned.Count,
            Note = result.Note,
        };
        if (dryRun)
        {
            return outcome;
        }

        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        var audit = new AuditLog(db, clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The editor's state of each old mention, carried to the new row that stands for it.
        for (var n = 0; n < mentions.Count; n++)
        {
            if (mentionPairs[n] is { } o)
            {
                var old = oldMentions[o];
                (mentions[n].IncidentId, mentions[n].Pinned, mentions[n].Credibility, mentions[n].MergeReason) = (old.IncidentId, old.Pinned, old.Credibility, old.MergeReason);
            }
        }

        for (var n = 0; n < persons.Count; n++)
        {
            if (personPairs[n] is { } o)
            {
                var old = oldPersons[o];
                (persons[n].PersonId, persons[n].Pinned, persons[n].LinkReason) = (old.PersonId, old.Pinned, old.LinkReason);
            }
        }

        // Old rows go first (their ordinals and ids are taken again), then the new ones come in.
        var keptIds = keptPinned.Select(m => m.Id).ToList();
        await db.PersonMentions.Where(m => m.ReportId == reportId).ExecuteDeleteAsync(cancellationToken);
        await db.StatementMentions.Where(m => m.ReportId == reportId).ExecuteDeleteAsync(cancellationToken);
        await db.Mentions.Where(m => m.ReportId == reportId && !keptIds.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var gone in oldMentions.Where((m, i) => !matched.Contains(i) && !m.Pinned && m.Credibility != 6))
        {
            await audit.AppendAsync(actor, Action, "credibility", gone.Id.ToString(), AuditPayload.Deleted, cancellationToken);
        }

        var taken = keptPinned.Select(m => m.Ordinal).ToHashSet();
        var ordinal = 0;
        foreach (var mention in mentions)
        {
            while (taken.Contains(ordinal))
            {
                ordinal++;
            }

            db.Mentions.Add(mention);
            db.Entry(mention).Property(m => m.Ordinal).CurrentValue = ordinal++;
        }

        db.StatementMentions.AddRange(statements);
        db.PersonMentions.AddRange(persons);
        await db.SaveChangesAsync(cancellationToken);
        var all = mentions.Concat(keptPinned).ToList();
        await audit.AppendAsync(actor, Action, "mentions", reportId, AuditPayload.HashOfMentions(reportId, all, statements), cancellationToken);
        if (persons.Count > 0)
        {
            await audit.AppendAsync(actor, Action, "person_mentions", reportId, PersonPayload.HashOfMentions(reportId, persons), cancellationToken);
        }
        else if (oldPersons.Count > 0)
        {
            await audit.AppendAsync(actor, Action, "person_mentions", reportId, AuditPayload.Deleted, cancellationToken);
        }

        await StoreExtraction.ReplaceAsync(db, audit, reportId, result, now, actor, cancellationToken);

        // Incidents that had one of the old mentions: their members or values changed.
        var incidentIds = oldMentions.Where(m => m.IncidentId is not null).Select(m => m.IncidentId!.Value).Distinct().ToList();
        var membersOf = await IncidentMembers.LoadAsync(db, incidentIds, cancellationToken);
        foreach (var incident in await db.Incidents.Where(i => incidentIds.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync(cancellationToken))
        {
            var members = membersOf[incident.Id];
            if (members.Count == 0)
            {
                db.Incidents.Remove(incident);
                await audit.AppendAsync(actor, "incident.deleted", "incident", incident.Id.ToString(), AuditPayload.Deleted, cancellationToken);
                continue;
            }

            IncidentAggregate.Apply(incident, members);
            incident.UpdatedAt = now;
            await audit.AppendAsync(actor, Action, "incident", incident.Id.ToString(), AuditPayload.HashOf(incident, members.Select(m => (m.Mention.Id, m.Mention.Pinned))), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return outcome;
    }

    /// <summary>Re-clusters every mention, statement and person as <c>vigil recluster</c> does (editors' decisions kept).</summary>
    public Task<ClusterSummary> ReclusterAsync(string actor, CancellationToken cancellationToken = default) =>
        new ClusterIncidents(db, clock).RebuildAsync(actor, cancellationToken);
}
