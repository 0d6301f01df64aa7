using System.Globalization;
using System.Text;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Languages;
using Vigil.Core.Persons;

namespace Vigil.Core.Statements;

/// <summary>
/// Canonical speaker identity across name variants: "Ali Khamenei", "Khamenei", "Supreme Leader Ali Khamenei",
/// "Ayatollah Khamenei" and (with a <see cref="RoleTenure"/>) "the Supreme Leader" all have the key
/// "ali khamenei"; so do «آیت الله علی خامنه‌ای» and «خامنه‌ای» once "Ali Khamenei" is known, and "Mohammed Khatami"
/// and "Muhammad Khatami" share the key of "Mohammad Khatami". Pure and immutable once built; thread-safe.
/// </summary>
/// <remarks>
/// <para><see cref="Key"/> folds case, diacritics and punctuation, drops a leading "the" and leading titles and
/// honorifics (the actors stage's titles.txt, the roles given, and a few honorifics such as "Ayatollah"), then:
/// a title alone resolves through the roles held on the statement's date (or the role's only holder when the
/// date is unknown), else keys as "role:&lt;title&gt;"; a lone surname resolves to the one known full name ending
/// with it, else keys as itself ("Khamenei" stays "khamenei" when both Ali and Mojtaba Khamenei are known);
/// anything else keys as the folded full name.</para>
/// <para>Spellings of one name across scripts and transliterations ("Mohammad"/"Mohammed"/"Muhammad",
/// "Abdolhamid"/"Abdul Hamid", «علی خامنه‌ای»/"Ali Khamenei") are one identity through the persons' name key
/// (<see cref="PersonName"/>: given names made canonical, consonant skeletons in both scripts). The known full names
/// sharing that key all key as one of them, chosen without regard to order: a Latin-script spelling before a Persian
/// one (the contract's names are English), then the first in ordinal order. A surname alone written in the other
/// script resolves the same way when one known name ends with it.</para>
/// </remarks>
public sealed class SpeakerNames
{
    private static readonly string[] Honorifics =
    [
        "grand ayatollah", "ayatollah", "hojatoleslam", "hojjatoleslam", "hojatolislam", "sheikh", "imam", "mullah",
        "dr", "doctor", "mr", "mrs", "ms", "sir", "brigadier general", "major general", "general", "colonel", "sardar",
    ];

    private static readonly HashSet<string> BaseTitles = LoadTitles();

    private readonly HashSet<string> _titles;
    private readonly int _longestTitle;
    private readonly Dictionary<string, List<(string Person, int From, int To)>> _tenures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _fullNamesBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _canonicalByNameKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _canonicalBySurnameSkeleton = new(StringComparer.Ordinal);

    /// <summary>
    /// Identities from <paramref name="knownNames"/> (full names seen anywhere, e.g. every speaker on record) and
    /// <paramref name="roles"/> (who held which role when). Surnames resolve only against these names.
    /// </summary>
    public SpeakerNames(IEnumerable<string> knownNames, IEnumerable<RoleTenure>? roles = null)
    {
        ArgumentNullException.ThrowIfNull(knownNames);
        var roleList = roles?.ToList() ?? [];
        _titles = new HashSet<string>(BaseTitles, StringComparer.Ordinal);
        foreach (var r in roleList)
        {
            var role = Fold(r.Role);
            if (role.Length > 0)
            {
                _titles.Add(role);
            }
        }

        _longestTitle = _titles.Max(t => t.Count(c => c == ' ') + 1);
        foreach (var r in roleList)
        {
            var role = Fold(r.Role);
            var person = NameTokens(Fold(r.Person));
            if (role.Length == 0 || person.Count == 0)
            {
                continue;
            }

            if (!_tenures.TryGetValue(role, out var list))
            {
                list = [];
                _tenures[role] = list;
            }

            list.Add((string.Join(' ', person), r.From?.DayNumber ?? int.MinValue, r.To?.DayNumber ?? int.MaxValue));
            RegisterFullName(person);
        }

        foreach (var name in knownNames)
        {
            RegisterFullName(NameTokens(Fold(name ?? string.Empty)));
        }

        IndexSpellings();
    }

    /// <summary>
    /// The speaker's key (see the type's remarks). <paramref name="role"/> (the reported role) is used when the
    /// name is only a title or empty; <paramref name="date"/> picks the role holder. Never throws on odd text;
    /// returns "" only when neither name nor role carries a letter.
    /// </summary>
    public string Key(string speaker, string? role = null, PartialDate? date = null)
    {
        var folded = Fold(speaker ?? string.Empty);
        var tokens = Tokens(folded);
        var title = StripTitles(tokens);
        if (tokens.Count == 0)
        {
            var roleText = title.Length > 0 ? title : string.Join(' ', StripTitlesOnly(Fold(role ?? string.Empty)));
            return roleText.Length == 0 ? string.Empty : ResolveRole(roleText, date);
        }

        if (tokens.Count == 1)
        {
            if (_fullNamesBySurname.TryGetValue(tokens[0], out var fulls) && fulls.Count == 1)
            {
                return Canonical(fulls.First());
            }

            return _canonicalBySurnameSkeleton.TryGetValue(NameSkeleton.Of(tokens[0]), out var names) && names.Count == 1
                ? names.First()
                : tokens[0];
        }

        return Canonical(string.Join(' ', tokens));
    }

    // The spelling that keys every known full name sharing this one's name key, or the name itself.
    private string Canonical(string full) =>
        NameKey(full) is { } key && _canonicalByNameKey.TryGetValue(key, out var canonical) ? canonical : full;

    // The persons' name key of a folded full name, or null when it cannot tell people apart (one word, too short).
    private static string? NameKey(string full)
    {
        var name = PersonName.Of(full);
        return name.Unlinkable is null ? name.Key : null;
    }

    private static bool IsLatin(string name) => !name.Any(c => c is >= '\u0600' and <= '\u06FF');

    // A Latin-script spelling before a Persian one, then ordinal order: the same choice whatever order names come in.
    private static bool Preferred(string a, string b) => IsLatin(a) != IsLatin(b) ? IsLatin(a) : string.CompareOrdinal(a, b) < 0;

    // Groups the registered full names by name key and picks each group's spelling; indexes surnames by skeleton.
    private void IndexSpellings()
    {
        foreach (var full in _fullNamesBySurname.Values.SelectMany(static f => f))
        {
            if (NameKey(full) is not { } key)
            {
                continue;
            }

            if (!_canonicalByNameKey.TryGetValue(key, out var chosen) || Preferred(full, chosen))
            {
                _canonicalByNameKey[key] = full;
            }
        }

        foreach (var full in _fullNamesBySurname.Values.SelectMany(static f => f))
        {
            var surname = NameSkeleton.Of(full[(full.LastIndexOf(' ') + 1)..]);
            if (surname.Length < 2)
            {
                continue;
            }

            if (!_canonicalBySurnameSkeleton.TryGetValue(surname, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                _canonicalBySurnameSkeleton[surname] = set;
            }

            set.Add(Canonical(full));
        }
    }

    /// <summary>Lower-case, diacritics removed, punctuation turned to spaces, whitespace collapsed.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var ch = decomposed[i];
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (ch == '\u200C')
            {
                // The zero-width non-joiner joins, as web text that lost it does: «خامنه‌ای» = «خامنهای».
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch switch { 'ي' or 'ى' => 'ی', 'ك' => 'ک', _ => char.ToLowerInvariant(ch) });
                space = false;
            }
            else if (ch is '\'' or '’' && sb.Length > 0 && !space)
            {
                // "Raefipoor's" → "raefipoor"; inner apostrophes ("Ja'fari") are dropped rather than split on.
                if (i + 1 < decomposed.Length && decomposed[i + 1] is 's' or 'S' && (i + 2 == decomposed.Length || !char.IsLetter(decomposed[i + 2])))
                {
                    i++;
                }
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    // Name words; a Persian word ending «…های» is «…ه» + «ای» with the non-joiner lost («خامنهای»), read without the
    // suffix so its skeleton is that of "Khamenei".
    private static List<string> Tokens(string folded) =>
        folded.Length == 0 ? [] : [.. folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(static w => w.Length >= 5 && w.EndsWith("های", StringComparison.Ordinal) ? w[..^2] : w)];

    private List<string> NameTokens(string folded)
    {
        var tokens = Tokens(folded);
        StripTitles(tokens);
        return tokens;
    }

    private List<string> StripTitlesOnly(string folded)
    {
        var tokens = Tokens(folded);
        if (tokens.Count > 0 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        return tokens;
    }

    /// <summary>Removes a leading "the" and leading titles from <paramref name="tokens"/>; returns the last title removed ("" when none).</summary>
    private string StripTitles(List<string> tokens)
    {
        var last = string.Empty;
        var changed = true;
        while (changed && tokens.Count > 0)
        {
            changed = false;
            if (tokens[0] is "the" or "former" or "late")
            {
                tokens.RemoveAt(0);
                changed = true;
                continue;
            }

            for (var n = Math.Min(_longestTitle, tokens.Count); n >= 1; n--)
            {
                var phrase = string.Join(' ', tokens.Take(n));
                if (_titles.Contains(phrase))
                {
                    tokens.RemoveRange(0, n);
                    last = phrase;
                    changed = true;
                    break;
                }
            }
        }

        return last;
    }

    private string ResolveRole(string role, PartialDate? date)
    {
        if (_tenures.TryGetValue(role, out var holders))
        {
            var first = date?.FirstDay.DayNumber ?? int.MinValue;
            var last = date?.LastDay.DayNumber ?? int.MaxValue;
            var persons = holders.Where(h => h.From <= last && first <= h.To).Select(h => h.Person).Distinct(StringComparer.Ordinal).ToList();
            if (persons.Count == 1)
            {
                return persons[0];
            }
        }

        return "role:" + role;
    }

    private void RegisterFullName(List<string> tokens)
    {
        if (tokens.Count < 2)
        {
            return;
        }

        var full = string.Join(' ', tokens);
        if (!_fullNamesBySurname.TryGetValue(tokens[^1], out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _fullNamesBySurname[tokens[^1]] = set;
        }

        set.Add(full);
    }

    private static HashSet<string> LoadTitles()
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in Honorifics)
        {
            titles.Add(h);
        }

        foreach (var code in LanguagePack.Available)
        {
            if (!LanguagePack.TryGet(code, out var pack))
            {
                continue;
            }

            foreach (var f in pack.Entries("actor-titles.txt"))
            {
                var t = Fold(f[0]);
                if (t.Length > 0)
                {
                    titles.Add(t);
                }
            }
        }

        return titles;
    }
}
