namespace Vigil.Core.Persons;

/// <summary>
/// A person's name as the linker reads it: the key it is blocked and compared on (the consonant skeletons of its
/// words, given-name spellings first made canonical, joined without spaces so "Mohammad Reza" and "Mohammadreza"
/// agree), and whether it can be linked at all.
/// </summary>
/// <param name="Written">The name as the report wrote it.</param>
/// <param name="Key">The joined skeleton ("mhmdrzrhm" for "Mohammad Reza Rahimi" and «محمدرضا رحیمی»); empty when the name has no consonant.</param>
/// <param name="Unlinkable">Why this name is never linked to another mention on its own ("no surname"), or null when it can be.</param>
public sealed record PersonName(string Written, string Key, string? Unlinkable)
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "martyr", "late", "the", "شهید", "آقای", "خانم", "مرحوم",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "او", "وی", "ایشان",
    };

    /// <summary>Reads <paramref name="written"/> with the given-name table <paramref name="given"/> (the shipped one by default).</summary>
    public static PersonName Of(string written, GivenNames? given = null)
    {
        ArgumentNullException.ThrowIfNull(written);
        given ??= GivenNames.Default;
        var words = written.Split([' ', '\t', '\n', '-', '‐', '\u200c', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(NameSkeleton.Fold)
            .Where(w => !Titles.Contains(w))
            .ToList();
        if (words.Count == 0 || words.All(Pronouns.Contains))
        {
            return new PersonName(written, string.Empty, "not a name (a pronoun or title only)");
        }

        var skeletons = words.Select(w => NameSkeleton.Of(given.Canonical(w))).Where(s => s.Length > 0).ToList();
        var key = string.Concat(skeletons);
        if (skeletons.Count < 2)
        {
            return new PersonName(written, key, "one name only (no surname)");
        }

        if (words.All(given.IsGivenName))
        {
            return new PersonName(written, key, "given names only (no surname)");
        }

        return new PersonName(written, key, key.Length < 3 ? "too short a name to tell people apart" : null);
    }

    /// <summary>True when the name is written in Persian/Arabic script (any letter of it).</summary>
    public bool IsLocalScript => Written.Any(c => c is >= '\u0600' and <= '\u06FF');
}
