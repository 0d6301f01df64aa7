using Vigil.Storage.Mentions;

namespace Vigil.Storage.Tests.Mentions;

public sealed class OrderedIdsTests
{
    [Fact]
    public void Ids_made_in_a_burst_ascend_as_guids_and_as_the_text_SQLite_stores_and_stay_version_7()
    {
        var ids = new OrderedIds();
        var made = Enumerable.Range(0, 50_000).Select(_ => ids.Next()).ToList();

        for (var i = 1; i < made.Count; i++)
        {
            Assert.True(made[i - 1].CompareTo(made[i]) < 0, $"id {i} does not follow id {i - 1}");
            Assert.True(string.CompareOrdinal(made[i - 1].ToString().ToUpperInvariant(), made[i].ToString().ToUpperInvariant()) < 0);
        }

        Assert.All(made, id => Assert.Equal(7, id.Version));
        Assert.All(made, id => Assert.Equal(0b10, id.Variant >> 2));
    }

    [Fact]
    public void An_id_of_the_same_millisecond_or_an_earlier_one_is_the_last_id_plus_the_step()
    {
        var ids = new OrderedIds();
        var first = Guid.Parse("0193a1b2-c3d4-7abc-8def-0123456789ab");

        Assert.Equal(first, ids.Next(first, 5));
        Assert.Equal(Guid.Parse("0193a1b2-c3d4-7abc-8def-0123456789b0"), ids.Next(first, 5));
        Assert.Equal(Guid.Parse("0193a1b2-c3d4-7abc-8def-0123456789b1"), ids.Next(Guid.Parse("0193a1b2-c3d3-7000-8000-000000000000"), 1));

        var later = Guid.Parse("0193a1b2-c3d5-7000-8000-000000000000");
        Assert.Equal(later, ids.Next(later, 9)); // a later millisecond is taken as it is
    }

    [Fact]
    public void A_step_past_the_random_bits_carries_into_rand_a_and_then_the_timestamp_keeping_version_and_variant()
    {
        var ids = new OrderedIds();
        var full = Guid.Parse("0193a1b2-c3d4-7abc-bfff-ffffffffffff"); // rand_b all ones
        ids.Next(full, 1);
        Assert.Equal(Guid.Parse("0193a1b2-c3d4-7abd-8000-000000000001"), ids.Next(full, 2));

        var both = new OrderedIds();
        var allOnes = Guid.Parse("0193a1b2-c3d4-7fff-bfff-ffffffffffff"); // rand_a and rand_b all ones
        both.Next(allOnes, 1);
        var next = both.Next(allOnes, 1);
        Assert.Equal(Guid.Parse("0193a1b2-c3d5-7000-8000-000000000000"), next);
        Assert.Equal(7, next.Version);
    }

    [Fact]
    public void A_step_of_zero_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderedIds().Next(Guid.CreateVersion7(), 0));
    }

    [Fact]
    public void A_reports_mentions_get_ids_in_their_order()
    {
        var rows = MentionRows.Of("r1", [.. Enumerable.Range(0, 200).Select(_ => Sample())]);
        Assert.Equal(rows.Select(r => r.Id).Order().ToList(), rows.Select(r => r.Id).ToList());
    }

    private static Vigil.Core.Extraction.Incidents.IncidentMention Sample() =>
        new(Vigil.Core.Extraction.Incidents.IncidentType.Arrest, null, null, null, [], [], null, null, null, new Vigil.Core.Extraction.TextSpan(0, 10), 0.5);
}
