using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// Every person list, count and export filter, written once for the CLI, the web pages and the API. Readers (viewers,
/// the public view) see only persons an editor confirmed and marked publishable, whatever else the filter says.
/// </summary>
public sealed record PersonFilter
{
    /// <summary>A fate the person suffered (killed, arrested …).</summary>
    public string? Fate { get; init; }

    /// <summary>Persons with a fate on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Persons with a fate on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Province (English name, case-insensitive).</summary>
    public string? Admin1 { get; init; }

    /// <summary>Lowest stated age (a person any source gives this age or more).</summary>
    public int? AgeMin { get; init; }

    /// <summary>Highest stated age: 17 lists children (any source giving an age under 18).</summary>
    public int? AgeMax { get; init; }

    /// <summary>female or male.</summary>
    public string? Gender { get; init; }

    /// <summary>Review status.</summary>
    public string? Status { get; init; }

    /// <summary>A source name (part of it, case-insensitive).</summary>
    public string? Source { get; init; }

    /// <summary>A name in any spelling or script.</summary>
    public string? Search { get; init; }

    /// <summary>Who reads: <see cref="IncidentAudience.Reader"/> sees confirmed, publishable persons only.</summary>
    public IncidentAudience Audience { get; init; } = IncidentAudience.Operator;

    /// <summary>The age band an "under 18" filter asks for.</summary>
    public const int ChildAgeMax = 17;

    /// <summary>Applies the filter to a query over persons.</summary>
#pragma warning disable CA1862, CA1311, CA1304 // ToLower() is translated to SQL (lower()), where no StringComparison overload is
    public IQueryable<Person> Apply(IQueryable<Person> persons)
    {
        if (Audience == IncidentAudience.Reader)
        {
            persons = persons.Where(p => p.Status == IncidentStatus.Confirmed && p.Publishable);
        }

        if (Fate is { Length: > 0 } fate)
        {
            var f = fate.Trim().ToLowerInvariant();
            persons = persons.Where(p => p.Fates.Contains(f));
        }

        if (From is { } from)
        {
            persons = persons.Where(p => p.DateTo >= from);
        }

        if (To is { } to)
        {
            persons = persons.Where(p => p.DateFrom <= to);
        }

        if (Admin1 is { Length: > 0 } admin1)
        {
            var a = admin1.Trim().ToLower();
            persons = persons.Where(p => p.Admin1 != null && p.Admin1.ToLower() == a);
        }

        if (AgeMin is { } min)
        {
            persons = persons.Where(p => p.AgeMax >= min);
        }

        if (AgeMax is { } max)
        {
            persons = persons.Where(p => p.AgeMin <= max);
        }

        if (Gender is { Length: > 0 } gender)
        {
            persons = persons.Where(p => p.Gender == gender);
        }

        if (Status is { Length: > 0 } status)
        {
            persons = persons.Where(p => p.Status == status);
        }

        if (Source is { Length: > 0 } source)
        {
            var s = source.Trim().ToLower();
            persons = persons.Where(p => p.Sources.ToLower().Contains(s));
        }

        if (Search is { Length: > 0 } search)
        {
            var (folded, skeleton) = DescribePerson.SearchTermsOf(search);
            persons = skeleton.Length > 0
                ? persons.Where(p => p.SearchText.Contains(folded) || p.SearchText.Contains(skeleton))
                : persons.Where(p => p.SearchText.Contains(folded));
        }

        return persons;
    }
#pragma warning restore CA1862, CA1311, CA1304
}
