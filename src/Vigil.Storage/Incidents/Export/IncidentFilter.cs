namespace Vigil.Storage.Incidents.Export;

/// <summary>Which incidents to list or export. Every field is optional.</summary>
/// <param name="From">Incidents whose date window ends on or after this day.</param>
/// <param name="To">Incidents whose date window starts on or before this day.</param>
/// <param name="Type">Incident type (snake_case).</param>
/// <param name="Province">Province (admin1), case-insensitive.</param>
/// <param name="Status">Review status.</param>
/// <param name="MinCorroboration">At least this many independent sources.</param>
public sealed record IncidentFilter(DateOnly? From = null, DateOnly? To = null, string? Type = null, string? Province = null, string? Status = null, int? MinCorroboration = null)
{
    /// <summary>
    /// Applies the filter to a query. Type, dates and province are compared with the effective values: an
    /// editor's value where one is set (<paramref name="edited"/>), else the machine's.
    /// </summary>
    public IQueryable<Incident> Apply(IQueryable<Incident> query, IReadOnlyCollection<EditedIncident> edited)
    {
        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (MinCorroboration is { } min)
        {
            query = query.Where(i => i.Corroboration >= min);
        }

        return new EffectiveFilter(Type, From, To, Province, ProvinceIgnoresCase: true).Apply(query, edited);
    }
}
