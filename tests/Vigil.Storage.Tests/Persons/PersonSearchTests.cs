using System.Collections.Immutable;
using Vigil.Storage.Persons;

namespace Vigil.Storage.Tests.Persons;

/// <summary>A name search matched in memory (the edited persons of a filtered list), against a person's sorted terms.</summary>
public sealed class PersonSearchTests
{
    // An invented person written in both scripts, as the registry describes them.
    private static readonly ImmutableArray<string> Terms = Sorted(DescribePerson.SearchTextOf(["Nasrin Golabchi", "نسرین گلابچی"]));

    [Theory]
    [InlineData("Nasrin Golabchi", true)]
    [InlineData("gol", true)] // the start of a word
    [InlineData("Golabchy", true)] // a spelling variant, by its skeleton
    [InlineData("نسرین", true)] // the other script
    [InlineData("golabchi nas", true)] // words in any order
    [InlineData("Nasrin Karimi", false)] // every word must find the person
    [InlineData("abchi", false)] // the middle of a word is not its start
    [InlineData("Parvin", false)]
    [InlineData("~ -", false)]
    public void A_query_matches_a_persons_sorted_terms_by_prefix_skeleton_or_whole_name(string query, bool found)
    {
        var search = PersonSearch.Of(query);
        Assert.Equal(found, search.Matches(Terms));
        Assert.Equal(Linear(search, Terms), search.Matches(Terms));
    }

    [Fact]
    public void The_binary_search_agrees_with_a_term_by_term_scan_for_every_prefix_of_every_term()
    {
        var queries = Terms.SelectMany(t => Enumerable.Range(1, t.Length).Select(n => t[..n])).Append("zz").Append("a").Append(string.Empty);
        foreach (var query in queries)
        {
            var search = PersonSearch.Of(query);
            Assert.True(Linear(search, Terms) == search.Matches(Terms), query);
        }
    }

    [Fact]
    public void The_in_memory_index_finds_the_persons_every_word_or_the_whole_name_finds_starting_from_any_word()
    {
        // Invented persons whose names share given names, surnames and skeletons (namesakes, spellings, both scripts), and
        // queries of one to three words (starts of words, variants, words in any order, the whole name as one word): the
        // index, which starts from the rarest word, finds exactly the persons the definition does.
        string[] given = ["Nasrin", "Nasreen", "Parvin", "Parveen", "Golnar", "Mohammad", "Muhammad", "Mohammadreza", "Reza", "Abdolhamid", "نسرین", "محمد"];
        string[] surnames = ["Golabchi", "Golabchy", "Tavakoli", "Tavakkoli", "Rostami", "Rustami", "Abdi", "گلابچی", "رستمی"];
        var random = new Random(7);
        var persons = Enumerable.Range(0, 400).Select(_ =>
        {
            var names = new List<string> { given[random.Next(given.Length)] + " " + surnames[random.Next(surnames.Length)] };
            if (random.Next(3) == 0)
            {
                names.Add(given[random.Next(given.Length)] + " " + given[random.Next(given.Length)] + " " + surnames[random.Next(surnames.Length)]);
            }

            return Sorted(DescribePerson.SearchTextOf(names));
        }).ToList();
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < persons.Count; p++)
        {
            foreach (var term in persons[p])
            {
                (byTerm.TryGetValue(term, out var list) ? list : byTerm[term] = []).Add(p);
            }
        }

        var rows = Enumerable.Range(0, persons.Count).Select(i => new PersonListIndex.Row(new Guid(i, 0, 0, new byte[8]), null, "unreviewed", false, true)).ToImmutableArray();
        var index = new PersonListIndex.Snapshot(rows, byTerm);
        var words = given.Concat(surnames).SelectMany(w => new[] { w, w[..Math.Min(3, w.Length)] }).Append("zz").ToArray();
        var queries = words.Concat(words.SelectMany(a => words.Select(b => a + " " + b)))
            .Concat(Enumerable.Range(0, 300).Select(_ => $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]}"))
            .Append("MohammadrezaRostami").Append("Mohammad Reza Rostami").Append("~ -");
        var checkedQueries = 0;
        foreach (var query in queries)
        {
            var search = PersonSearch.Of(query);
            var expected = Enumerable.Range(0, persons.Count).Where(p => Linear(search, persons[p])).ToList();
            Assert.True(expected.SequenceEqual(index.Find(search).Order()), query);
            checkedQueries += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(checkedQueries > 500, $"only {checkedQueries} queries found anyone"); // the oracle is not vacuous
        Assert.Equal(400, index.Rows.Length);
    }

    private static ImmutableArray<string> Sorted(string searchText) => [.. PersonSearch.TermsOf(searchText).Order(StringComparer.Ordinal)];

    // The definition, term by term: the whole name's key, or each word as the start of a term or as a skeleton term.
    private static bool Linear(PersonSearch search, ImmutableArray<string> terms) =>
        (search.WholeKey.Length > 0 && terms.Contains(search.WholeKey))
        || (search.Words.Count > 0 && search.Words.All(w => terms.Any(t => t.StartsWith(w.Prefix, StringComparison.Ordinal)) || (w.Skeleton.Length > 0 && terms.Contains(w.Skeleton))));
}
