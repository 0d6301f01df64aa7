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
    /// <summary>The count is exact up to this; above it the list says "more than".</summary>
    public const int CountLimit = 10_000;

    /// <summary>Page <paramref name="page"/> (1-based) of <paramref name="size"/> rows and the count (capped at <see cref="CountLimit"/> + 1).</summary>
    public async Task<(List<Person> Rows, int Total)> RunAsync(PersonFilter filter, int page, int size, CancellationToken cancellationToken = default)
    {
        var query = await QueryAsync(filter, cancellationToken);
        var total = await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(p => p.DateTo).ThenBy(p => p.Id).Skip((Math.Max(page, 1) - 1) * size).Take(size).ToListAsync(cancellationToken);
        return (rows, total);
    }

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
        var query = await filter.ApplyAsync(db.Persons.AsNoTracking(), cancellationToken);
        return string.IsNullOrEmpty(filter.Status) ? query.Where(p => p.Status != IncidentStatus.Rejected) : query;
    }
}
