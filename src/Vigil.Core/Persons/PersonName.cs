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
            return new PersonName(written, key, "one name only (no surname)") { Skeletons = skeletons };
        }

        if (words.All(given.IsGivenName))
        {
            return new PersonName(written, key, "given names only (no surname)") { Skeletons = skeletons };
        }

        return new PersonName(written, key, key.Length < 3 ? "too short a name to tell people apart" : null) { Skeletons = skeletons };
    }

    /// <summary>The skeleton of each word, in order (their concatenation is <see cref="Key"/>).</summary>
    public IReadOnlyList<string> Skeletons { get; init; } = [];

    /// <summary>
    /// The second blocking keys, so that variants the <see cref="Key"/> keeps apart are still compared: the first and last
    /// words' skeletons ("Mohammad Ali Rahimi" and "Mohammad Rahimi" share it: a dropped middle name), and the key with
    /// each one letter deleted and the key itself (two keys one consonant apart — a typo, "Rahimi"/"Rahini" — share one).
    /// Blocking only: whether two such names are close enough is <see cref="VariantOf"/>'s to say.
    /// </summary>
    public IEnumerable<string> VariantKeys()
    {
        if (Skeletons.Count >= 2)
        {
            yield return "fl:" + Skeletons[0] + "." + Skeletons[^1];
        }

        yield return "d:" + Key;
        for (var i = 0; i < Key.Length; i++)
        {
            if (i == 0 || Key[i] != Key[i - 1])
            {
                yield return string.Concat("d:", Key.AsSpan(0, i), Key.AsSpan(i + 1));
            }
        }
    }

    /// <summary>
    /// How this name is a variant of <paramref name="other"/> ("a middle name dropped", "one consonant apart"), or null
    /// when it is neither the same key nor such a variant. Same key: the empty string.
    /// </summary>
    public string? VariantOf(PersonName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Key == other.Key)
        {
            return string.Empty;
        }

        if (Skeletons.Count >= 2 && other.Skeletons.Count >= 2 && Skeletons.Count != other.Skeletons.Count
            && Skeletons[0] == other.Skeletons[0] && Skeletons[^1] == other.Skeletons[^1])
        {
            return "a middle name dropped";
        }

        return Key.Length >= 5 && other.Key.Length >= 5 && OneEditApart(Key, other.Key) ? "one consonant apart" : null;
    }

    // True when one substitution, insertion or deletion turns a into b (a != b).
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        return shorter.Length == longer.Length
            ? shorter.AsSpan(i + 1).SequenceEqual(longer.AsSpan(i + 1))
            : shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    /// <summary>True when the name is written in Persian/Arabic script (any letter of it).</summary>
    public bool IsLocalScript => Written.Any(c => c is >= '\u0600' and <= '\u06FF');
}
