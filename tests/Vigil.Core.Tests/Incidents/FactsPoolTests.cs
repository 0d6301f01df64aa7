using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Incidents;
using static Vigil.Core.Tests.Incidents.Mentions;

namespace Vigil.Core.Tests.Incidents;

public sealed class FactsPoolTests
{
    private static readonly ClusteringOptions Options = new();

    [Fact]
    public void Mentions_of_one_city_and_month_share_their_region_city_signatures_and_block_arrays()
    {
        var pool = new FactsPool();
        string[] actors = ["security forces"];
        var a = MentionFacts.Of(M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz, actors: actors), Options, pool);

        // Equal values read from another row: other strings and arrays, the same facts.
        var shiraz = new Place(new string("Shiraz".ToCharArray()), new string("Fars".ToCharArray()), "IR", 29.61, 52.53, GeoPrecision.City);
        var b = MentionFacts.Of(M(2, IncidentType.Riot, Day(2019, 11, 18), shiraz, actors: [new string("security forces".ToCharArray())]), Options, pool);

        Assert.Equal("IR/FARS", a.Region);
        Assert.Equal("SHIRAZ", a.City);
        Assert.Same(a.Region, b.Region);
        Assert.Same(a.City, b.City);
        Assert.Same(a.Country, b.Country);
        Assert.Same(a.Actors, b.Actors);
        Assert.Same(a.Blocks, b.Blocks);
        Assert.Same(a.Probes, b.Probes);
        Assert.Same(a.CountryBlocks, b.CountryBlocks);
        Assert.Equal("IR/FARS", Assert.Single(a.Blocks.Select(k => k.Region).Distinct()));
        Assert.Equal("IR/*", Assert.Single(a.CountryBlocks.Select(k => k.Region).Distinct()));
    }

    [Fact]
    public void Mentions_in_other_places_or_months_keep_their_own_blocks()
    {
        var pool = new FactsPool();
        var shiraz = MentionFacts.Of(M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz), Options, pool);
        var tehran = MentionFacts.Of(M(2, IncidentType.Protest, Day(2019, 11, 17), Tehran), Options, pool);
        var later = MentionFacts.Of(M(3, IncidentType.Protest, Day(2019, 12, 17), Shiraz), Options, pool);

        Assert.NotEqual(shiraz.Blocks, tehran.Blocks);
        Assert.NotEqual(shiraz.Blocks, later.Blocks);
        Assert.Equal("IR/TEHRAN", tehran.Region);
        Assert.Equal([new BlockKey(IncidentFamily.Demonstration, 2019, 12, "IR/FARS")], later.Blocks.Where(k => k.Region != BlockKey.AnyRegion));
    }

    [Fact]
    public void A_demonstrations_opposition_actors_are_read_as_civilians_through_the_pool_as_without_it()
    {
        var pool = new FactsPool();
        var record = M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz, actors: ["MEK"]);
        var shared = MentionFacts.Of(record, Options, pool);
        var again = MentionFacts.Of(record with { Id = G(2) }, Options, pool);
        var arrest = MentionFacts.Of(record with { Id = G(3), Type = IncidentType.Arrest }, Options, pool);

        Assert.Same(shared.Actors, again.Actors);
        Assert.Equal(ActorSignature.Of(record.Actors).WithOppositionAsCivilians().Groups, shared.Actors.Groups);
        Assert.Equal(ActorSignature.Of(record.Actors).Groups, arrest.Actors.Groups);
        Assert.NotEqual(shared.Actors.Groups, arrest.Actors.Groups);
    }
}
