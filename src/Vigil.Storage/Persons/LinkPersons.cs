using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Persons;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Postgres;

namespace Vigil.Storage.Persons;

/// <summary>
/// Builds the person registry from person mentions, like incidents from incident mentions: the blocks (name keys) the new
/// mentions touch are re-linked with Core's <see cref="PersonLinker"/>, each person keeps its id (the one most of its
/// mentions had, or the editor's for pinned mentions), persons left without mentions are deleted, and every person
/// made, changed or deleted gets an audit entry. Runs inside the caller's transaction.
/// </summary>
public sealed class LinkPersons(VigilDbContext db, TimeProvider clock, PersonLinkingOptions? options = null)
{
    private const int KeysPerPass = 200;
    private readonly PersonLinker _linker = new(options);
    private string? _planning; // PostgreSQL: the transaction's plan_cache_mode while a relink plans each statement (PostgresPlans.PlanEachStatementAsync)

    /// <summary>Where this instance's runs spent their time, by section.</summary>
    public PersonLinkTimings Timings { get; } = new();

    /// <summary>Links every person mention not yet in a person (and re-links the blocks they fall in); returns the number of persons written.</summary>
    public async Task<int> UpdatePendingAsync(AuditLog audit, string actor, CancellationToken cancellationToken = default)
    {
        var keys = await db.PersonMentions.Where(m => m.PersonId == null).Select(m => m.NameKey).Distinct().ToListAsync(cancellationToken);
        return await RelinkAsync(keys, audit, actor, cancellationToken);
    }

    /// <summary>Re-links every block (after a change of the linking rules); returns the number of persons written.</summary>
    public async Task<int> RebuildAsync(AuditLog audit, string actor, CancellationToken cancellationToken = default)
    {
        var keys = await db.PersonMentions.Select(m => m.NameKey).Distinct().ToListAsync(cancellationToken);
        return await RelinkAsync(keys, audit, actor, cancellationToken);
    }

    private async Task<int> RelinkAsync(List<string> keys, AuditLog audit, string actor, CancellationToken cancellationToken)
    {
        var written = 0;
        keys.Sort(StringComparer.Ordinal);
        // PostgreSQL: the passes' statements are the same text each time, so the connection prepares them, and after five runs
        // PostgreSQL may keep one generic plan for all later ones. A relink writes persons, audit entries and search terms in
        // one transaction; in a store linked for the first time those tables start empty, a plan made then is a sequential
        // scan, and it was kept while the tables grew to 60,000 persons with their entries and terms (the look-ups by person
        // id took two thirds of a 435 s link at load 28). Each statement is planned for its own parameters until the relink
        // ends (PostgresPlans.PlanEachStatementAsync), except the search terms' COPY: the foreign key's check of each row it
        // writes is a prepared statement too, and planned anew for every row it took twice as long.
        _planning = await PostgresPlans.PlanEachStatementAsync(db, cancellationToken);
        foreach (var chunk in keys.Chunk(KeysPerPass))
        {
            written += await RelinkBlocksAsync(chunk, audit, actor, cancellationToken);
        }

        await PostgresPlans.SetPlanCacheModeAsync(db, _planning, cancellationToken);
        _planning = null;
        return written;
    }

    private async Task<int> RelinkBlocksAsync(string[] keys, AuditLog audit, string actor, CancellationToken cancellationToken)
    {
        var t = PersonLinkTimings.Now();
        // In a stable order (report, then place in it): the linker's choices follow the order it takes mentions in.
        var mentions = await db.PersonMentions.AsNoTracking().Where(m => keys.Contains(m.NameKey))
            .OrderBy(m => m.ReportId).ThenBy(m => m.Ordinal).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var before = mentions.Where(m => m.PersonId is not null).GroupBy(m => m.PersonId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var incidentOf = await IncidentsOfAsync(mentions, cancellationToken);
        var byId = mentions.ToDictionary(m => m.Id);
        var facts = mentions.Select(m => Facts(m, incidentOf)).ToList();
        t = Timings.Add("read mentions", t);
        var used = new HashSet<Guid>();
        var touched = new HashSet<Guid>(before.Keys);
        var moved = new List<PersonMention>();
        foreach (var cluster in _linker.Link(facts))
        {
            var id = cluster.PinnedTo ?? cluster.Members
                .Select(f => byId[f.Id].PersonId).Where(p => p is not null && !used.Contains(p.Value))
                .GroupBy(p => p!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (Guid?)g.Key).FirstOrDefault()
                ?? Guid.CreateVersion7();
            used.Add(id);
            touched.Add(id);
            for (var i = 0; i < cluster.Members.Count; i++)
            {
                var row = byId[cluster.Members[i].Id];
                var reason = cluster.Reasons[i].Length > 512 ? cluster.Reasons[i][..512] : cluster.Reasons[i];
                if (!row.Pinned && (row.PersonId != id || row.LinkReason != reason))
                {
                    row.PersonId = id;
                    row.LinkReason = reason;
                    moved.Add(row);
                }
            }
        }

        t = Timings.Add("link in memory", t);

        // Only the mentions whose person or reason changed, in multi-row statements (a re-link leaves most as they were).
        await BulkRows.UpdateAsync(db, moved, [nameof(PersonMention.PersonId), nameof(PersonMention.LinkReason)], cancellationToken);
        Timings.Add("write links", t);
        return await DescribeAsync(touched, audit, actor, cancellationToken);
    }

    /// <summary>
    /// Recomputes the persons <paramref name="ids"/> from all their mentions (a merged person's mentions may lie in other
    /// blocks), deletes those left without mentions, and audits each one whose payload changed. Returns the number written.
    /// The persons and their search terms are written in multi-row statements, not through the change tracker; the audit
    /// entries (one per person made, changed or deleted, as before) are saved with the chunk.
    /// </summary>
    internal async Task<int> DescribeAsync(IReadOnlyCollection<Guid> ids, AuditLog audit, string actor, CancellationToken cancellationToken, string? action = null)
    {
        var written = 0;
        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        foreach (var chunk in ids.Order().Chunk(500))
        {
            var t = PersonLinkTimings.Now();
            var members = (await db.PersonMentions.AsNoTracking().Where(m => m.PersonId != null && chunk.Contains(m.PersonId.Value)).ToListAsync(cancellationToken))
                .ToLookup(m => m.PersonId!.Value);
            var persons = await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            // The last audited payload of the persons that exist already (a person made now is audited whatever it held).
            var subjects = chunk.Where(persons.ContainsKey).Select(id => id.ToString()).ToList();
            var lastHash = subjects.Count == 0 ? new Dictionary<string, string>(StringComparer.Ordinal) : (await db.AuditEntries.AsNoTracking()
                    .Where(e => e.SubjectType == "person" && subjects.Contains(e.SubjectId) && e.Action != PersonPayload.ReadAction)
                    .Select(e => new { e.SubjectId, e.Sequence, e.PayloadHash }).ToListAsync(cancellationToken))
                .GroupBy(e => e.SubjectId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Sequence)!.PayloadHash, StringComparer.Ordinal);
            var sourceOf = await SourcesOfAsync(members.SelectMany(g => g).Select(m => m.ReportId).Distinct().ToList(), cancellationToken);
            var (added, changed, deleted, renamed) = (new List<Person>(), new List<Person>(), new List<Guid>(), new List<Person>());
            t = Timings.Add("read persons", t);
            foreach (var id in chunk)
            {
                var rows = members[id].OrderBy(m => m.DateFrom ?? DateOnly.MaxValue).ThenBy(m => m.Id).ToList();
                persons.TryGetValue(id, out var person);
                if (rows.Count == 0)
                {
                    if (person is not null)
                    {
                        deleted.Add(id);
                        await audit.AppendAsync(actor, "person.deleted", "person", id.ToString(), AuditPayload.Deleted, cancellationToken);
                        written++;
                    }

                    continue;
                }

                var isNew = person is null;
                person ??= new Person { Id = id, Key = string.Empty, Name = string.Empty };
                var was = isNew ? null : MachineFields(person);
                var searchText = isNew ? null : person.SearchText;
                DescribePerson.Apply(person, [.. rows.Select(m => (m, sourceOf.GetValueOrDefault(m.ReportId, Sources.SourceNames.Unattributed)))]);
                var hash = PersonPayload.HashOf(person, rows.Select(m => (m.Id, m.Pinned)));
                if (person.SearchText != searchText)
                {
                    renamed.Add(person);
                }

                // Audited when made or when anything (fields or members) changed since its last entry.
                var audited = isNew || action is not null || lastHash.GetValueOrDefault(id.ToString()) != hash;
                if (audited)
                {
                    person.UpdatedAt = now;
                    await audit.AppendAsync(actor, action ?? (isNew ? "person.linked" : "person.relinked"), "person", id.ToString(), hash, cancellationToken);
                    written++;
                }

                if (isNew)
                {
                    added.Add(person);
                }
                else if (audited || MachineFields(person) != was)
                {
                    changed.Add(person);
                }
            }

            t = Timings.Add("describe, hash, audit", t);
            if (deleted.Count > 0)
            {
                // Their search terms go with them (the foreign key's cascade).
                await db.Persons.Where(p => deleted.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            await BulkRows.InsertAsync(db, added, cancellationToken);
            await BulkRows.UpdateAsync(db, changed, MachineColumns, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            t = Timings.Add("write persons", t);
            await ReplaceSearchTermsAsync(renamed, added, cancellationToken);
            Timings.Add("search terms", t);
        }

        return written;
    }

    // What DescribePerson.Apply sets, and the time of the last audited change: the columns a re-link rewrites (the review
    // state and the editor's values are left as they are).
    private static readonly string[] MachineColumns =
    [
        nameof(Person.Key), nameof(Person.Name), nameof(Person.NameLocal), nameof(Person.Variants), nameof(Person.SearchText), nameof(Person.AgeMin),
        nameof(Person.AgeMax), nameof(Person.Gender), nameof(Person.Fates), nameof(Person.FatesJson), nameof(Person.AgesJson), nameof(Person.DateFrom),
        nameof(Person.DateTo), nameof(Person.Admin1), nameof(Person.Sources), nameof(Person.MentionCount), nameof(Person.UpdatedAt),
    ];

    private static string MachineFields(Person p) => string.Join(
        '\u001f', p.Key, p.Name, p.NameLocal, p.Variants, p.SearchText, p.AgeMin, p.AgeMax, p.Gender, p.Fates, p.FatesJson, p.AgesJson, p.DateFrom, p.DateTo, p.Admin1, p.Sources, p.MentionCount);

    // The search index rows of persons whose names changed: the old rows deleted in one statement (persons made now have
    // none: their terms come and go with them), the new ones written in multi-row statements after the persons they point to.
    private async Task ReplaceSearchTermsAsync(List<Person> renamed, List<Person> added, CancellationToken cancellationToken)
    {
        if (renamed.Count == 0)
        {
            return;
        }

        var made = added.Select(p => p.Id).ToHashSet();
        var ids = renamed.Select(p => p.Id).Where(id => !made.Contains(id)).ToList();
        if (ids.Count > 0)
        {
            await db.PersonSearchTerms.Where(t => ids.Contains(t.PersonId)).ExecuteDeleteAsync(cancellationToken);
        }

        var terms = renamed.SelectMany(person => PersonSearch.TermsOf(person.SearchText).Select(term => term.Length > 256 ? term[..256] : term).Distinct(StringComparer.Ordinal)
            .Select(term => new PersonSearchTerm { PersonId = person.Id, Term = term })).ToList();
        await PostgresPlans.SetPlanCacheModeAsync(db, _planning, cancellationToken);
        await BulkRows.InsertAsync(db, terms, cancellationToken);
        await PostgresPlans.SetPlanCacheModeAsync(db, _planning is null ? null : PostgresPlans.CustomPlans, cancellationToken);
    }

    private static PersonFacts Facts(PersonMention m, Dictionary<Guid, Guid> incidentOf) => new(
        m.Id,
        m.Name,
        m.Age,
        m.Gender switch { "female" => Gender.Female, "male" => Gender.Male, _ => null },
        Enum.TryParse<Fate>(m.Fate, ignoreCase: true, out var fate) ? fate : Fate.Other,
        m.DateFrom,
        m.DateTo,
        m.Place,
        m.Admin1,
        m.MentionId is { } mention && incidentOf.TryGetValue(mention, out var incident) ? incident : null,
        m.Pinned ? m.PersonId : null,
        OriginOf(m));

    /// <summary>Where a mention was written, the same in every run: its report's id (the content's hash) and its place in it.</summary>
    internal static string OriginOf(PersonMention m) => string.Create(CultureInfo.InvariantCulture, $"{m.ReportId}#{m.Ordinal:D6}");

    private async Task<Dictionary<Guid, Guid>> IncidentsOfAsync(List<PersonMention> mentions, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, Guid>();
        foreach (var chunk in mentions.Where(m => m.MentionId is not null).Select(m => m.MentionId!.Value).Distinct().Chunk(500))
        {
            foreach (var row in await db.Mentions.AsNoTracking().Where(m => chunk.Contains(m.Id) && m.IncidentId != null).Select(m => new { m.Id, m.IncidentId }).ToListAsync(cancellationToken))
            {
                result[row.Id] = row.IncidentId!.Value;
            }
        }

        return result;
    }

    private async Task<Dictionary<string, string>> SourcesOfAsync(List<string> reportIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in reportIds.Chunk(500))
        {
            var rows = await (from r in db.Reports.AsNoTracking()
                              where chunk.Contains(r.Id)
                              join s in db.Sources.AsNoTracking() on r.SourceId equals s.Id into sources
                              from s in sources.DefaultIfEmpty()
                              select new { r.Id, Outlet = s == null ? null : s.Name }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                result[row.Id] = IncidentMembers.SourceNameOf(row.Outlet);
            }
        }

        return result;
    }
}
