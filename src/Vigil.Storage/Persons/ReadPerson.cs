using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// The person detail, read one way for <c>vigil person ID</c>, the person page and <c>/api/v1/persons/{id}</c>. Readers
/// (viewers, the public view) get only confirmed, publishable persons and no file names. A read by a signed-in user is
/// written to the audit log (who, when, which person), in the same transaction as the read.
/// </summary>
public sealed class ReadPerson(VigilDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The person <paramref name="id"/> as <paramref name="audience"/> may see it; null when there is none or it is hidden.
    /// <paramref name="reader"/> (an actor, "web:alice") is recorded as having read it; <paramref name="withReads"/> (admins)
    /// puts the read entries in the history too.
    /// </summary>
    public async Task<PersonDetail?> RunAsync(Guid id, IncidentAudience audience, string? reader, bool withReads = false, CancellationToken cancellationToken = default)
    {
        var filter = new PersonFilter { Audience = audience };
        var person = await filter.Apply(db.Persons.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var rows = await (from m in db.PersonMentions.AsNoTracking()
                          where m.PersonId == id
                          join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
                          join s in db.Sources.AsNoTracking() on r.SourceId equals s.Id into sources
                          from s in sources.DefaultIfEmpty()
                          join im in db.Mentions.AsNoTracking() on m.MentionId equals im.Id into incidentMentions
                          from im in incidentMentions.DefaultIfEmpty()
                          select new { Mention = m, r.FileName, r.Body, Outlet = s == null ? null : s.Name, IncidentId = im == null ? null : im.IncidentId })
            .ToListAsync(cancellationToken);
        var fileNames = audience != IncidentAudience.Reader;
        var mentions = rows
            .OrderBy(r => r.Mention.DateFrom ?? DateOnly.MaxValue).ThenBy(r => r.Mention.Id)
            .Select(r => new PersonMentionDetail(
                r.Mention,
                IncidentMembers.SourceNameOf(r.Outlet),
                fileNames ? r.FileName : null,
                Evidence(r.Body, r.Mention.EvidenceStart, r.Mention.EvidenceEnd),
                r.IncidentId))
            .ToList();
        var incidents = mentions.Where(m => m.IncidentId is not null).Select(m => m.IncidentId!.Value).Distinct().ToList();
        var reportIds = rows.Select(r => r.Mention.ReportId).Distinct().ToList();
        var photos = (await db.Evidence.AsNoTracking().Where(e => e.ReportId != null && reportIds.Contains(e.ReportId))
                .Select(e => new { e.Id, e.FileName, e.MediaType }).ToListAsync(cancellationToken))
            .OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => (e.Id, fileNames ? e.FileName : e.Id[..12], e.MediaType)).ToList();

        if (reader is not null)
        {
            await RecordReadAsync([id], reader, "page", cancellationToken);
        }

        var subject = id.ToString();
        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == "person" && e.SubjectId == subject && (withReads || e.Action != PersonPayload.ReadAction))
            .OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return new PersonDetail(person, PersonFields.Of(person), mentions, incidents, photos, audience == IncidentAudience.Reader ? [] : history);
    }

    /// <summary>Writes one read entry per person for <paramref name="reader"/> (a page: "page"; an export: "export").</summary>
    public async Task RecordReadAsync(IReadOnlyCollection<Guid> ids, string reader, string what, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var audit = new AuditLog(db, clock);
        foreach (var chunk in ids.Chunk(1000))
        {
            foreach (var id in chunk)
            {
                await audit.AppendAsync(reader, PersonPayload.ReadAction, "person", id.ToString(), PersonPayload.HashOfRead(id, what), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string Evidence(string body, int start, int end) =>
        start >= 0 && end <= body.Length && start < end ? body[start..end] : string.Empty;
}
