using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction.Dates;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// Every person list, count and export filter, written once for the CLI, the web pages and the API. Readers (viewers,
/// the public view) see only persons an editor confirmed and marked publishable, whatever else the filter says.
/// An editor's value (age, gender, province, date, fate, name) is what the filter reads where one is set
/// (<see cref="ApplyAsync"/>): the indexed columns hold the machine's values, so the few edited persons are matched by
/// their effective values in memory and added to the indexed query of the others.
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

    /// <summary>True when the filter reads a field an editor may set a value for.</summary>
    public bool ReadsEditableFields =>
        Fate is { Length: > 0 } || From is not null || To is not null || Admin1 is { Length: > 0 } || AgeMin is not null || AgeMax is not null
        || Gender is { Length: > 0 } || Search is { Length: > 0 };

    /// <summary>
    /// Applies the filter by effective values: persons without an editor's value by the machine columns (in the database),
    /// persons with one by the editor's value where set and the machine's elsewhere (<see cref="Matches"/>, in memory).
    /// </summary>
    public async Task<IQueryable<Person>> ApplyAsync(IQueryable<Person> persons, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persons);
        if (!ReadsEditableFields)
        {
            return Apply(persons);
        }

        var edited = await persons.Where(p => p.OverridesJson != "{}").ToListAsync(cancellationToken);
        if (edited.Count == 0)
        {
            return Apply(persons);
        }

        var matching = edited.Where(Matches).Select(p => p.Id).ToList();
        return Apply(persons.Where(p => p.OverridesJson == "{}")).Concat(persons.Where(p => matching.Contains(p.Id)));
    }

    /// <summary>Whether <paramref name="person"/> passes the filter by its effective values (the editor's where set).</summary>
    public bool Matches(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var editor = PersonFields.Of(person);
        var (ageMin, ageMax) = editor.TryGetValue("age", out var a) && int.TryParse(a, out var age) ? (age, age) : (person.AgeMin, person.AgeMax);
        var (dateFrom, dateTo) = editor.TryGetValue("date", out var d) && PartialDate.Parse(d) is { } date ? (date.FirstDay, date.LastDay) : (person.DateFrom, person.DateTo);
        var fates = editor.TryGetValue("fate", out var f) ? PersonFields.FatesOf(f) : [.. person.Fates.Split("; ", StringSplitOptions.RemoveEmptyEntries)];
        var admin1 = editor.GetValueOrDefault("admin1") ?? person.Admin1;
        var gender = editor.GetValueOrDefault("gender") ?? person.Gender;
        return (Audience != IncidentAudience.Reader || (person.Status == IncidentStatus.Confirmed && person.Publishable))
            && (Fate is not { Length: > 0 } || fates.Contains(Fate.Trim().ToLowerInvariant()))
            && (From is not { } from || dateTo >= from)
            && (To is not { } to || dateFrom <= to)
            && (Admin1 is not { Length: > 0 } || string.Equals(admin1, Admin1.Trim(), StringComparison.OrdinalIgnoreCase))
            && (AgeMin is not { } min || ageMax >= min)
            && (AgeMax is not { } max || ageMin <= max)
            && (Gender is not { Length: > 0 } || gender == Gender)
            && (Status is not { Length: > 0 } || person.Status == Status)
            && (Source is not { Length: > 0 } || person.Sources.Contains(Source.Trim(), StringComparison.OrdinalIgnoreCase))
            && (Search is not { Length: > 0 } || SearchMatches(person, editor));
    }

    private bool SearchMatches(Person person, Dictionary<string, string> editor)
    {
        var (folded, skeleton) = DescribePerson.SearchTermsOf(Search!);
        var text = person.SearchText;
        var names = new[] { editor.GetValueOrDefault("name"), editor.GetValueOrDefault("name_local") }.OfType<string>().ToList();
        if (names.Count > 0)
        {
            text += " " + DescribePerson.SearchTextOf(names);
        }

        return text.Contains(folded, StringComparison.Ordinal) || (skeleton.Length > 0 && text.Contains(skeleton, StringComparison.Ordinal));
    }

    /// <summary>Applies the filter to a query over persons by the machine values (the indexed columns).</summary>
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
