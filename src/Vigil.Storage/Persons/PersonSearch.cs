using Vigil.Core.Persons;

namespace Vigil.Storage.Persons;

/// <summary>
/// A search for a person by any spelling: each word of the query is found as the start of a word the person is written
/// with (folded: lower case, no diacritics) or as that word's skeleton ("Muhammad" finds «محمد», "Rahimy" finds
/// "Rahimi"); the whole query's name key also finds a person on its own ("Mohammadreza" finds "Mohammad Reza"). The
/// terms are a person's <see cref="PersonSearchTerm"/> rows, looked up through their index.
/// </summary>
public sealed class PersonSearch
{
    private const int MaxWords = 6;

    private PersonSearch(List<Word> words, string wholeKey)
    {
        Words = words;
        WholeKey = wholeKey;
    }

    /// <summary>The query's words: the folded prefix, the range it spans, and the word's skeleton term (empty when it has none).</summary>
    public IReadOnlyList<Word> Words { get; }

    /// <summary>"~" + the whole query's name key; empty when it has none.</summary>
    public string WholeKey { get; }

    /// <summary>The search <paramref name="query"/> asks for (words beyond the sixth are ignored).</summary>
    public static PersonSearch Of(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = new List<Word>();
        foreach (var raw in query.Split([' ', '-', '\u200c', '~', '\t'], StringSplitOptions.RemoveEmptyEntries).Take(MaxWords))
        {
            var prefix = NameSkeleton.Fold(raw);
            if (prefix.Length == 0)
            {
                continue;
            }

            var skeleton = NameSkeleton.Of(GivenNames.Default.Canonical(raw));
            words.Add(new Word(prefix, After(prefix), skeleton.Length > 0 ? "~" + skeleton : string.Empty));
        }

        var key = PersonName.Of(query.Replace('~', ' ')).Key;
        return new PersonSearch(words, key.Length > 0 ? "~" + key : string.Empty);
    }

    /// <summary>The terms of a person's <see cref="Person.SearchText"/> (and of an editor's names, as the same text).</summary>
    public static IEnumerable<string> TermsOf(string searchText) => searchText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);

    /// <summary>True when nothing in the query can match (no word, no key).</summary>
    public bool IsEmpty => Words.Count == 0 && WholeKey.Length == 0;

    /// <summary>Whether a person with <paramref name="terms"/> is found.</summary>
    public bool Matches(IReadOnlyCollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return (WholeKey.Length > 0 && terms.Contains(WholeKey))
            || (Words.Count > 0 && Words.All(w => terms.Any(t => t.StartsWith(w.Prefix, StringComparison.Ordinal)) || (w.Skeleton.Length > 0 && terms.Contains(w.Skeleton))));
    }

    /// <summary>The ids of the persons found, as a query over <paramref name="terms"/> (index ranges and look-ups only).</summary>
    public IQueryable<Guid> Ids(IQueryable<PersonSearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        IQueryable<Guid>? all = null;
        foreach (var w in Words)
        {
            var (prefix, after, skeleton) = (w.Prefix, w.After, w.Skeleton);
            // The prefix range and the skeleton as two index look-ups joined by a union: one condition "range or skeleton"
            // made PostgreSQL read the terms' table rows (a bitmap heap scan) instead of the covering index alone.
            var ids = terms.Where(t => string.Compare(t.Term, prefix) >= 0 && string.Compare(t.Term, after) < 0).Select(t => t.PersonId);
            if (skeleton.Length > 0)
            {
                ids = ids.Union(terms.Where(t => t.Term == skeleton).Select(t => t.PersonId));
            }

            all = all is null ? ids : all.Intersect(ids);
        }

        var whole = WholeKey;
        var byKey = terms.Where(t => t.Term == whole).Select(t => t.PersonId);
        return all is null ? byKey : all.Union(byKey);
    }

    // The first string after every string starting with prefix (code-point order): the last character raised by one.
    private static string After(string prefix) =>
        prefix[^1] == char.MaxValue ? prefix + char.MaxValue : string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());

    /// <summary>One word of a query.</summary>
    public sealed record Word(string Prefix, string After, string Skeleton);
}
