using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>Named persons reach the clusterer from the store: the same victim joins across places, different victims stay apart.</summary>
public abstract class PersonsClusteringTests : IncidentStoreTest
{
    private const string Kazerun = "---\ntitle: Killed\noutlet: Iran Human Rights Monitor\npublished: 2019-12-01\n---\nSecurity forces shot dead Pouya Bakhtiari in Kazerun on November 17, 2019.\n";
    private const string Shiraz = "---\ntitle: Killed\noutlet: Radio Zamaneh\npublished: 2019-12-02\n---\nPouya Bakhtiari was killed by security forces in Shiraz on November 17, 2019.\n";
    private const string Other = "---\ntitle: Killed\noutlet: HRANA\npublished: 2019-12-03\n---\nSecurity forces shot dead Mehdi Nekouei in Kazerun on November 17, 2019.\n";

    [StoreFact]
    public async Task The_same_named_victim_in_two_cities_is_one_incident_and_another_victim_the_same_day_is_another()
    {
        await IngestExtractingAsync(WriteReports(("kazerun.txt", Kazerun), ("shiraz.txt", Shiraz), ("other.txt", Other)));

        await using var db = OpenDb();
        var persons = await db.PersonMentions.AsNoTracking().CountAsync(p => p.Fate == "killed" && p.MentionId != null);
        Assert.Equal(3, persons);
        var killings = (await IncidentsAsync()).Where(i => i.Type == "killing").ToList();
        Assert.Equal(2, killings.Count);
        var reasons = await db.Mentions.AsNoTracking().Where(m => m.Type == "killing").Select(m => m.MergeReason).ToListAsync();
        Assert.Contains(reasons, r => r != null && r.Contains("the same named person killed in both", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r != null && r.Contains("names other persons killed", StringComparison.Ordinal));

        // recluster gives the same incidents
        var before = killings.Select(i => i.Id).Order().ToList();
        await ReclusterAsync();
        Assert.Equal(before, (await IncidentsAsync()).Where(i => i.Type == "killing").Select(i => i.Id).Order().ToList());
        await AssertVerifiesAsync();
    }
}
