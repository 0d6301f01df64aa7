using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// The incidents one report alone tells are searched in that report's words (on SQLite one shared text, <see cref="SearchIncidents"/>);
/// an incident that another report joins has both reports' words, and one the other report leaves has its own report's again. An
/// edited report's new words are found in every incident it tells. The same answers on both providers.
/// </summary>
public abstract class IncidentSearchSharedTextTests : IncidentStoreTest
{
    // One invented report that alone tells three incidents of three families.
    private protected const string Week =
        "---\ntitle: A week of unrest in three cities\noutlet: Iran Human Rights Monitor\npublished: 2019-11-19\n---\n" +
        "Security forces shot dead at least 12 protesters in Shiraz on November 17, 2019, according to witnesses.\n\n" +
        "Security forces arrested 30 protesters in Mashhad on November 18, 2019.\n\n" +
        "Hundreds of steel workers went on strike in Ahvaz on November 16, 2019 over unpaid wages.\n";

    [StoreFact]
    public async Task The_incidents_a_report_alone_tells_find_its_words_and_a_report_that_joins_one_adds_its_words_to_that_one_only()
    {
        await IngestExtractingAsync(WriteReports(("week.txt", Week)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        var ahvaz = await IncidentOfTypeAsync("strike");
        var all = new[] { shiraz.Id, mashhad.Id, ahvaz.Id }.Order().ToList();
        Assert.Equal(all, await FoundAsync("unrest"));
        Assert.Equal(all, await FoundAsync("witnesses wages"));

        // A second report joins the Shiraz incident: its words are found there only, the first report's still in all three.
        await IngestExtractingAsync(WriteReports(("agency.txt", ShirazByAgency)));
        Assert.Equal([shiraz.Id], await FoundAsync("riot"));
        Assert.Equal([shiraz.Id], await FoundAsync("riot wages"));
        Assert.Equal(all, await FoundAsync("unrest"));

        // Split off again, the Shiraz incident is told by the first report alone: its words, and not the second's.
        var agency = await MemberFromAsync(shiraz.Id, "agency.txt");
        Guid split;
        await using (var db = OpenDb())
        {
            var outcome = await new SplitIncident(db, Clock).RunAsync(shiraz.Id, [agency], Actor);
            Assert.Equal(Outcome.Ok, outcome.Result);
            split = outcome.Value;
        }

        Assert.Equal([split], await FoundAsync("riot"));
        Assert.Empty(await FoundAsync("riot wages"));
        Assert.Equal(all, await FoundAsync("unrest"));
        Assert.Equal(all, await FoundAsync("witnesses wages"));
    }

    [StoreFact]
    public async Task An_edited_report_is_found_by_its_new_words_in_every_incident_it_alone_tells()
    {
        await IngestExtractingAsync(WriteReports(("week.txt", Week), ("mashhad.txt", MashhadArrests)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var ahvaz = await IncidentOfTypeAsync("strike");
        var mashhad = await IncidentOfTypeAsync("arrest");
        Assert.Equal(new[] { shiraz.Id, mashhad.Id, ahvaz.Id }.Order(), await FoundAsync("unrest"));

        await using (var db = OpenDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Reports.Where(r => r.FileName == "week.txt").ExecuteUpdateAsync(u => u.SetProperty(r => r.Body, r => r.Body.Replace("witnesses", "bystanders")));
            await transaction.CommitAsync();
        }

        Assert.Empty(await FoundAsync("witnesses"));
        Assert.Equal(new[] { shiraz.Id, mashhad.Id, ahvaz.Id }.Order(), await FoundAsync("bystanders"));
        Assert.Equal([mashhad.Id], await FoundAsync("bystanders mass"));
    }

    private protected async Task<List<Guid>> FoundAsync(string query)
    {
        await using var db = OpenDb();
        return [.. (await new SearchIncidents(db).Ids(query).ToListAsync()).Order()];
    }
}

public sealed class SqliteIncidentSearchSharedTextTests : IncidentSearchSharedTextTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [StoreFact]
    public async Task A_report_alone_telling_several_incidents_is_one_text_and_a_text_no_incident_points_at_is_dropped()
    {
        await IngestExtractingAsync(WriteReports(("week.txt", Week)));
        Assert.Equal((3L, 1L, 1L), await TextsAsync());

        // Joined by a second report, the Shiraz incident has a text of its own; the other two still share the first report's.
        await IngestExtractingAsync(WriteReports(("agency.txt", ShirazByAgency)));
        Assert.Equal((3L, 2L, 2L), await TextsAsync());

        // Merged into the Shiraz incident, the other two leave the shared text with no incident: it goes.
        var shiraz = await IncidentOfTypeAsync("killing");
        await using (var db = OpenDb())
        {
            Assert.Equal(Outcome.Ok, await new MergeIncidents(db, Clock).RunAsync(shiraz.Id, (await IncidentOfTypeAsync("arrest")).Id, Actor));
            Assert.Equal(Outcome.Ok, await new MergeIncidents(db, Clock).RunAsync(shiraz.Id, (await IncidentOfTypeAsync("strike")).Id, Actor));
        }

        Assert.Equal((1L, 1L, 1L), await TextsAsync());
        Assert.Equal([shiraz.Id], await FoundAsync("unrest riot"));
    }

    [StoreFact]
    public async Task The_search_made_again_from_the_stored_mentions_as_the_migration_does_finds_what_the_flush_made()
    {
        await IngestExtractingAsync(WriteReports(("week.txt", Week), ("agency.txt", ShirazByAgency), ("mashhad.txt", MashhadArrests)));
        string[] queries = ["unrest", "riot", "riot wages", "mass arrests", "witnesses wages", "protesters"];
        var before = new List<List<Guid>>();
        foreach (var query in queries)
        {
            before.Add(await FoundAsync(query));
        }

        var texts = await TextsAsync();
        await using (var db = OpenDb())
        {
            // What the IncidentSearchSharedTexts migration runs (a command of its own: the SQL's braces are not format items).
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = SearchIncidents.SqliteDrop + SearchIncidents.SqliteCreate;
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(texts, await TextsAsync());
        for (var q = 0; q < queries.Length; q++)
        {
            Assert.Equal(before[q], await FoundAsync(queries[q]));
        }

        Assert.Equal(3, before[0].Count);
        Assert.Single(before[1]);
    }

    // The searchable incidents, the texts they point at, and the texts stored.
    private async Task<(long Incidents, long Pointed, long Texts)> TextsAsync()
    {
        await using var db = OpenDb();
        var incidents = await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM incident_search").SingleAsync();
        var pointed = await db.Database.SqlQueryRaw<long>("SELECT count(DISTINCT text_key) AS \"Value\" FROM incident_search").SingleAsync();
        var texts = await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM incident_search_texts").SingleAsync();
        return (incidents, pointed, texts);
    }
}

[PostgresTests]
public sealed class PostgresIncidentSearchSharedTextTests : IncidentSearchSharedTextTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
