using System.Collections.Immutable;
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

    /// <summary>Whether a person with <paramref name="terms"/> (each once, in ordinal order: <see cref="EditedPerson.Terms"/>) is found.</summary>
    public bool Matches(ImmutableArray<string> terms)
    {
        if (WholeKey.Length > 0 && terms.BinarySearch(WholeKey, StringComparer.Ordinal) >= 0)
        {
            return true;
        }

        return Words.Count > 0 && Words.All(w =>
        {
            // The first term at or after the prefix starts with it if any term does (ordinal order).
            var at = terms.BinarySearch(w.Prefix, StringComparer.Ordinal);
            var index = at >= 0 ? at : ~at;
            return (index < terms.Length && terms[index].StartsWith(w.Prefix, StringComparison.Ordinal))
                || (w.Skeleton.Length > 0 && terms.BinarySearch(w.Skeleton, StringComparer.Ordinal) >= 0);
        });
    }

    /// <summary>The ids of the persons found, as a query over <paramref name="terms"/> (index ranges and look-ups only).</summary>
    public IQueryable<Guid> Ids(IQueryable<PersonSearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);

        // A word's prefix range and its skeleton are two index look-ups, appended (UNION ALL: one condition "range or
        // skeleton" made PostgreSQL read the terms' table rows instead of the covering index alone). The words are
        // intersected by IN, the last word innermost: the database builds one look-up table (SQLite) or hash (PostgreSQL)
        // of the inner word's persons and probes it while it reads the outer word's terms. A query of UNIONs under an
        // INTERSECT made both build a deduplicated set of every word's whole match first (a common given name's skeleton
        // is thousands of terms): 9.2 -> 3.3 ms of SQLite CPU for a given name and a surname on the 63,316-person bench
        // store, and PostgreSQL a hash join in place of a set intersection. Surnames, written last, are mostly the rarer
        // word, and the smaller set is the cheaper one to build. The persons' IN that takes these ids drops repeats.
        IQueryable<Guid>? inner = null;
        for (var i = Words.Count - 1; i >= 0; i--)
        {
            var (prefix, after, skeleton) = (Words[i].Prefix, Words[i].After, Words[i].Skeleton);
            var ids = terms.Where(t => string.Compare(t.Term, prefix) >= 0 && string.Compare(t.Term, after) < 0).Select(t => t.PersonId);
            if (skeleton.Length > 0)
            {
                ids = ids.Concat(terms.Where(t => t.Term == skeleton).Select(t => t.PersonId));
            }

            var within = inner; // the query so far, not the variable: the lambda below must not see the next word's
            inner = within is null ? ids : ids.Where(id => within.Contains(id));
        }

        var whole = WholeKey;
        var byKey = terms.Where(t => t.Term == whole).Select(t => t.PersonId);
        return inner is null ? byKey : inner.Concat(byKey);
    }

    // The first string after every string starting with prefix (code-point order): the last character raised by one.
    private static string After(string prefix) =>
        prefix[^1] == char.MaxValue ? prefix + char.MaxValue : string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString());

    /// <summary>One word of a query.</summary>
    public sealed record Word(string Prefix, string After, string Skeleton);
}
