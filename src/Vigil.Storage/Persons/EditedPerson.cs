using System.Collections.Immutable;

namespace Vigil.Storage.Persons;

/// <summary>
/// A person an editor gave a value, with the values the filters read worked out once (the editor's where set, the
/// machine's elsewhere): <see cref="PersonFilter.Matches(EditedPerson, PersonSearch?)"/> then compares them without
/// reading the editor's values again for every list.
/// </summary>
public sealed class EditedPerson
{
    private EditedPerson(Person person)
    {
        Person = person;
        var editor = PersonFields.Of(person);
        (AgeMin, AgeMax) = editor.TryGetValue("age", out var a) && int.TryParse(a, out var age) ? (age, age) : (person.AgeMin, person.AgeMax);
        (DateFrom, DateTo) = PersonFields.EffectiveDates(person);
        Fates = PersonFields.EffectiveFates(person).ToHashSet(StringComparer.Ordinal);
        Admin1 = editor.GetValueOrDefault("admin1") ?? person.Admin1;
        Gender = editor.GetValueOrDefault("gender") ?? person.Gender;
        var text = person.SearchText;
        var names = new[] { editor.GetValueOrDefault("name"), editor.GetValueOrDefault("name_local") }.OfType<string>().ToList();
        if (names.Count > 0)
        {
            text += " " + DescribePerson.SearchTextOf(names);
        }

        Terms = [.. PersonSearch.TermsOf(text).Order(StringComparer.Ordinal)];
    }

    /// <summary>The person as stored (machine values, status, sources, and the list's order: <see cref="Person.DateTo"/>).</summary>
    public Person Person { get; }

    /// <summary>The effective lowest stated age.</summary>
    public int? AgeMin { get; }

    /// <summary>The effective highest stated age.</summary>
    public int? AgeMax { get; }

    /// <summary>The effective first day.</summary>
    public DateOnly? DateFrom { get; }

    /// <summary>The effective last day.</summary>
    public DateOnly? DateTo { get; }

    /// <summary>The effective fates.</summary>
    public IReadOnlySet<string> Fates { get; }

    /// <summary>The effective province.</summary>
    public string? Admin1 { get; }

    /// <summary>The effective gender.</summary>
    public string? Gender { get; }

    /// <summary>
    /// The search terms of the machine's names and the editor's, each once, in ordinal order (a search finds a word's
    /// prefix and skeleton by binary search: the edited persons are matched in memory on every filtered list).
    /// </summary>
    public ImmutableArray<string> Terms { get; }

    /// <summary>The effective values of <paramref name="person"/> (its <see cref="Person.OverridesJson"/> read once).</summary>
    public static EditedPerson Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new EditedPerson(person);
    }
}
