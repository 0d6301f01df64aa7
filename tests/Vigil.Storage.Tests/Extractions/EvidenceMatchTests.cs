using Vigil.Storage.Extractions;

namespace Vigil.Storage.Tests.Extractions;

public sealed class EvidenceMatchTests
{
    [Fact]
    public void A_new_mention_takes_the_old_one_of_its_type_that_overlaps_its_evidence_most()
    {
        var stored = new[] { ("killing", 0, 50), ("killing", 40, 120), ("arrest", 60, 100) };
        var found = new[] { ("killing", 45, 110), ("arrest", 70, 90), ("killing", 0, 48) };

        Assert.Equal([1, 2, 0], EvidenceMatch.Pair(stored, found));
    }

    [Fact]
    public void Each_old_mention_is_used_once_and_a_new_type_or_a_disjoint_span_matches_nothing()
    {
        var stored = new[] { ("killing", 0, 50) };
        var found = new[] { ("killing", 0, 50), ("killing", 10, 40), ("riot", 0, 50), ("killing", 60, 80) };

        Assert.Equal([0, null, null, null], EvidenceMatch.Pair(stored, found));
    }
}
