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
    /// <summary>Applies the filter to a query.</summary>
    public IQueryable<Incident> Apply(IQueryable<Incident> query)
    {
        if (From is { } from)
        {
            query = query.Where(i => i.DateTo >= from);
        }

        if (To is { } to)
        {
            query = query.Where(i => i.DateFrom <= to);
        }

        if (Type is { } type)
        {
            query = query.Where(i => i.Type == type);
        }

        if (Province is { } province)
        {
            // Stored admin1 values are the gazetteer's canonical spellings; match those case-insensitively in SQL.
#pragma warning disable CA1862 // string.Equals(…, StringComparison) is not translatable to SQL by every provider
            var folded = province.ToLowerInvariant();
            query = query.Where(i => i.Admin1 != null && i.Admin1.ToLower() == folded);
#pragma warning restore CA1862
        }

        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (MinCorroboration is { } min)
        {
            query = query.Where(i => i.Corroboration >= min);
        }

        return query;
    }
}
