using System.Text.Json;
using Vigil.Core.Persons;

namespace Vigil.Storage.Persons;

/// <summary>
/// A person's machine values from its mentions: the fullest name in each script, every variant, the ages each source
/// states (kept apart: 16 per one source, 17 per another), the fates over time with their dates, places and sources.
/// </summary>
public static class DescribePerson
{
    private static JsonSerializerOptions Json => PersonJson.Options;

    private static readonly string[] FateOrder = ["arrested", "disappeared", "injured", "other", "sentenced", "released", "killed", "executed"];

    /// <summary>Sets <paramref name="person"/>'s machine fields from <paramref name="mentions"/>, each with its source's name.</summary>
    public static void Apply(Person person, IReadOnlyList<(PersonMention Mention, string Source)> mentions)
    {
        var names = mentions.Select(m => PersonName.Of(m.Mention.Name)).ToList();
        static PersonName? Fullest(IEnumerable<PersonName> n) =>
            n.OrderByDescending(x => x.Written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ThenByDescending(x => x.Written.Length).ThenBy(x => x.Written, StringComparer.Ordinal).FirstOrDefault();
        var latin = Fullest(names.Where(n => !n.IsLocalScript));
        var local = Fullest(names.Where(n => n.IsLocalScript));
        person.Name = (latin ?? local)?.Written ?? string.Empty;
        person.NameLocal = local?.Written;
        var variants = names.Select(n => n.Written).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        person.Variants = string.Join("; ", variants);
        person.SearchText = SearchTextOf(variants);

        var ages = mentions.Where(m => m.Mention.Age is not null).GroupBy(m => m.Mention.Age!.Value).OrderBy(g => g.Key)
            .Select(g => new AgeClaim(g.Key, g.Select(m => m.Source).Distinct().Order(StringComparer.Ordinal).ToList())).ToList();
        person.AgesJson = JsonSerializer.Serialize(ages.Select(a => new { age = a.Age, sources = a.Sources }), Json);
        person.AgeMin = ages.Count > 0 ? ages[0].Age : null;
        person.AgeMax = ages.Count > 0 ? ages[^1].Age : null;
        var genders = mentions.Select(m => m.Mention.Gender).Where(g => g is not null).Distinct().ToList();
        person.Gender = genders.Count == 1 ? genders[0] : null;

        var fates = mentions
            .GroupBy(m => (m.Mention.Fate, m.Mention.Date, m.Mention.Place))
            .Select(g => new FateClaim(
                g.Key.Fate,
                g.Key.Date,
                g.Key.Place,
                g.Select(m => m.Mention.Admin1).FirstOrDefault(a => a is not null),
                g.Select(m => m.Source).Distinct().Order(StringComparer.Ordinal).ToList(),
                g.Select(m => m.Mention.ReportId).Distinct().Order(StringComparer.Ordinal).ToList(),
                g.Min(m => m.Mention.DateFrom)))
            .OrderBy(f => f.From ?? DateOnly.MaxValue).ThenBy(f => Array.IndexOf(FateOrder, f.Fate)).ThenBy(f => f.Place, StringComparer.Ordinal)
            .ToList();
        person.FatesJson = JsonSerializer.Serialize(fates.Select(f => new { fate = f.Fate, date = f.Date, place = f.Place, admin1 = f.Admin1, sources = f.Sources, reports = f.Reports }), Json);
        person.Fates = Truncate(string.Join("; ", fates.Select(f => f.Fate).Distinct()), 256);
        person.DateFrom = mentions.Min(m => m.Mention.DateFrom);
        person.DateTo = mentions.Max(m => m.Mention.DateTo);
        person.Admin1 = mentions.Where(m => m.Mention.Admin1 is not null).GroupBy(m => m.Mention.Admin1!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        person.Sources = string.Join("; ", mentions.Select(m => m.Source).Distinct().Order(StringComparer.Ordinal));
        person.MentionCount = mentions.Count;
        person.Key = Truncate(names.Select(n => n.Key).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key, 256);
    }

    /// <summary>
    /// What a search by any spelling matches: the written forms folded, then "~" and the skeleton of the whole name
    /// and of each word, so "Muhammad Rahimian" finds a person written «محمد رحیمیان».
    /// </summary>
    public static string SearchTextOf(IEnumerable<string> variants)
    {
        var parts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var v in variants)
        {
            parts.Add(NameSkeleton.Fold(v));
            var name = PersonName.Of(v);
            if (name.Key.Length > 0)
            {
                parts.Add("~" + name.Key);
            }

            foreach (var word in v.Split([' ', '-', '\u200c'], StringSplitOptions.RemoveEmptyEntries))
            {
                var s = NameSkeleton.Of(GivenNames.Default.Canonical(word));
                if (s.Length > 0)
                {
                    parts.Add("~" + s);
                }
            }
        }

        return string.Join(" ", parts);
    }

    /// <summary>The terms a search query matches in <see cref="Person.SearchText"/>: its folded text and its skeleton.</summary>
    public static (string Folded, string Skeleton) SearchTermsOf(string query)
    {
        var key = PersonName.Of(query).Key;
        return (NameSkeleton.Fold(query.Trim()), key.Length > 0 ? "~" + key : string.Empty);
    }

    private static string Truncate(string s, int max) => s.Length > max ? s[..max] : s;

    /// <summary>An age and the sources stating it.</summary>
    public sealed record AgeClaim(int Age, IReadOnlyList<string> Sources);

    private sealed record FateClaim(string Fate, string? Date, string? Place, string? Admin1, IReadOnlyList<string> Sources, IReadOnlyList<string> Reports, DateOnly? From);
}
