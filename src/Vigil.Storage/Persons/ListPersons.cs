using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// The person list, read one way for the persons page and <c>/api/v1/persons</c>: the filter, rejected persons left out
/// unless the filter asks for that status, latest fate first, a capped count and one page.
/// </summary>
public sealed class ListPersons(VigilDbContext db)
{
    /// <summary>The count is never taken beyond this; above it the list says "more than".</summary>
    public const int CountLimit = 10_000;

    /// <summary>
    /// Page <paramref name="page"/> (1-based) of <paramref name="size"/> rows, latest fate first, and the count. The count
    /// stops at what the page needs to show — ten pages past this one's start, at most <see cref="CountLimit"/> —
    /// so a broad filter costs a bounded read instead of one over every person it matches.
    /// </summary>
    public async Task<PersonPage> RunAsync(PersonFilter filter, int page, int size, CancellationToken cancellationToken = default)
    {
        var query = await QueryAsync(filter, cancellationToken);
        var skip = (Math.Max(page, 1) - 1) * size;
        var countedTo = CountedTo(skip, size);
        var total = await query.Take(countedTo + 1).CountAsync(cancellationToken);
        if (total <= skip)
        {
            return new PersonPage([], Math.Min(total, countedTo), total > countedTo);
        }

        // The page's ids first, then its rows: the filter and the order read only the list index's columns (migration
        // PersonListCovering), and a person's wide columns (fates and ages by source, variants) are read for the page's
        // rows alone, not for every row the filter passes over.
        var ids = await query.OrderByDescending(p => p.DateTo).ThenBy(p => p.Id).Skip(skip).Take(size).Select(p => p.Id).ToListAsync(cancellationToken);
        var rows = await db.Persons.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).ToListAsync(cancellationToken);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return new PersonPage([.. rows.OrderBy(p => order[p.Id])], Math.Min(total, countedTo), total > countedTo);
    }

    /// <summary>How far the count of a page starting at row <paramref name="skip"/> goes.</summary>
    public static int CountedTo(int skip, int size) => Math.Min(CountLimit, skip + (10 * size));

    /// <summary>
    /// The persons named in incident <paramref name="incidentId"/>'s mentions that <paramref name="audience"/> may see,
    /// latest fate first (the incident page's "N killed reported, M named").
    /// </summary>
    public Task<List<Person>> OfIncidentAsync(Guid incidentId, IncidentAudience audience, CancellationToken cancellationToken = default) =>
        new PersonFilter { Audience = audience }.Apply(db.Persons.AsNoTracking())
            .Where(p => p.Status != IncidentStatus.Rejected)
            .Where(p => db.PersonMentions.Any(m => m.PersonId == p.Id && db.Mentions.Any(im => im.Id == m.MentionId && im.IncidentId == incidentId)))
            .OrderByDescending(p => p.DateTo).ThenBy(p => p.Name).Take(500)
            .ToListAsync(cancellationToken);

    /// <summary>The persons <paramref name="filter"/> lists (by effective values), rejected ones left out unless it asks for that status.</summary>
    public async Task<IQueryable<Person>> QueryAsync(PersonFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = await filter.ApplyAsync(db.Persons.AsNoTracking(), db.PersonSearchTerms.AsNoTracking(), cancellationToken);
        return string.IsNullOrEmpty(filter.Status) ? query.Where(p => p.Status != IncidentStatus.Rejected) : query;
    }
}
