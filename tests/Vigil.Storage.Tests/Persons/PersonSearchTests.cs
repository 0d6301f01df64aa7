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

    private static ImmutableArray<string> Sorted(string searchText) => [.. PersonSearch.TermsOf(searchText).Order(StringComparer.Ordinal)];

    // The definition, term by term: the whole name's key, or each word as the start of a term or as a skeleton term.
    private static bool Linear(PersonSearch search, ImmutableArray<string> terms) =>
        (search.WholeKey.Length > 0 && terms.Contains(search.WholeKey))
        || (search.Words.Count > 0 && search.Words.All(w => terms.Any(t => t.StartsWith(w.Prefix, StringComparison.Ordinal)) || (w.Skeleton.Length > 0 && terms.Contains(w.Skeleton))));
}
