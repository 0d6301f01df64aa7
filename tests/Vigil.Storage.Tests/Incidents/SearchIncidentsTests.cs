using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// Full-text search per incident (<see cref="SearchIncidents"/>): the queue the database's triggers fill and the flush at
/// commit keep each incident's words right whatever changes its mentions or reports, on both providers, and the migration fills it for a store that had
/// incidents before.
/// </summary>
public abstract class SearchIncidentsTests : StoreTest
{
    // Ids with letters: SQLite holds them as upper-case text, and a search that names ids must write them the same way.
    private static readonly Guid Strike = Guid.Parse("a0000001-0000-4000-8000-00000000000a");
    private static readonly Guid Funeral = Guid.Parse("b0000002-0000-4000-8000-00000000000b");

    [StoreFact]
    public async Task An_incident_is_found_by_the_words_of_every_report_it_has_a_mention_in()
    {
        await StoreTwoAsync();
        Assert.Equal([Strike], await FoundAsync("teachers"));
        Assert.Equal([Strike], await FoundAsync("bazaar"));
        // Every word required, each in any of the incident's reports.
        Assert.Equal([Strike], await FoundAsync("teachers bazaar"));
        Assert.Empty(await FoundAsync("teachers mourners"));
        Assert.Equal([Funeral], await FoundAsync("mourners"));
    }

    [StoreFact]
    public async Task A_mention_moved_to_another_incident_takes_its_report_words_along()
    {
        await StoreTwoAsync();
        await using (var db = OpenDb())
        {
            var moved = await db.Mentions.SingleAsync(m => m.ReportId == "bazaar");
            moved.IncidentId = Funeral;
            await db.SaveChangesAsync();
        }

        Assert.Equal([Funeral], await FoundAsync("bazaar"));
        Assert.Equal([Funeral], await FoundAsync("bazaar mourners"));
        Assert.Equal([Strike], await FoundAsync("teachers"));
        Assert.Empty(await FoundAsync("teachers bazaar"));
    }

    [StoreFact]
    public async Task A_deleted_report_or_an_edited_body_changes_what_its_incidents_are_found_by()
    {
        await StoreTwoAsync();
        await using (var db = OpenDb())
        {
            // Reports are not edited by the app (the id is the text's hash); a repair in SQL must still be followed.
            await db.Reports.Where(r => r.Id == "teachers").ExecuteUpdateAsync(u => u.SetProperty(r => r.Body, "Nurses walked out of the hospital."));
            db.Reports.Remove(await db.Reports.SingleAsync(r => r.Id == "funeral"));
            await db.SaveChangesAsync();
        }

        Assert.Empty(await FoundAsync("teachers"));
        Assert.Equal([Strike], await FoundAsync("nurses bazaar"));
        Assert.Empty(await FoundAsync("mourners"));
    }

    [StoreFact]
    public async Task The_newest_read_from_the_search_table_follow_date_and_status_changes()
    {
        await StoreTwoAsync();
        var search = (VigilDbContext db) => new SearchIncidents(db);
        await using (var db = OpenDb())
        {
            Assert.Equal([Funeral, Strike], (await search(db).NewestAsync("protest", null, IncidentStatus.Rejected, 10)).Select(h => h.Id));
            var strike = await db.Incidents.SingleAsync(i => i.Id == Strike);
            strike.DateFrom = new DateOnly(2023, 1, 1);
            var funeral = await db.Incidents.SingleAsync(i => i.Id == Funeral);
            funeral.Status = IncidentStatus.Rejected;
            await db.SaveChangesAsync();
        }

        await using (var db = OpenDb())
        {
            Assert.Equal([(Strike, (DateOnly?)new DateOnly(2023, 1, 1))], await search(db).NewestAsync("protest", null, IncidentStatus.Rejected, 10));
            Assert.Equal([Funeral], (await search(db).NewestAsync("protest", IncidentStatus.Rejected, null, 10)).Select(h => h.Id));
            Assert.Equal([Strike], (await search(db).NewestAsync("protest", null, null, 1)).Select(h => h.Id));
        }
    }

    [StoreFact]
    public async Task The_incidents_a_search_looks_up_or_leaves_out_by_id_are_those_ids()
    {
        await StoreTwoAsync();
        await using var db = OpenDb();
        var search = new SearchIncidents(db);

        // The look-up by id (an editor's incidents placed by their new dates) keeps the ids that match the words.
        Assert.Equal([Strike], await search.MatchingAsync("bazaar", null, null, [Strike, Funeral, Guid.NewGuid()]));
        Assert.Equal([Strike, Funeral], (await search.MatchingAsync("protest", null, null, [Funeral, Strike])).Order());
        Assert.Empty(await search.MatchingAsync("mourners", null, null, [Strike]));

        // A date filter's read leaves out the incidents an editor moved out of the dates.
        var dates = new SearchDates(new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), 0, [Funeral]);
        Assert.Equal([Strike], (await search.NewestAsync("protest", null, null, dates, null, 10)).Select(h => h.Id));
        Assert.Equal([Funeral, Strike], (await search.NewestAsync("protest", null, null, dates with { Excluded = [Guid.NewGuid()] }, null, 10)).Select(h => h.Id));
    }

    [StoreFact]
    public async Task The_migration_fills_the_search_for_a_store_that_had_incidents_before_it()
    {
        await MigrateToBeforeAsync("IncidentSearch");
        await StoreTwoAsync();
        await using (var db = OpenDb())
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal([Strike], await FoundAsync("teachers bazaar"));
        Assert.Equal([Funeral], await FoundAsync("mourners"));

        // And the triggers it made keep it from then on.
        await using (var db = OpenDb())
        {
            (await db.Mentions.SingleAsync(m => m.ReportId == "funeral")).IncidentId = Strike;
            await db.SaveChangesAsync();
        }

        Assert.Equal([Strike], await FoundAsync("mourners teachers"));
    }

    [StoreFact]
    public async Task The_migration_stores_the_dates_editors_set_before_it_as_the_search_tables_start_dates()
    {
        await MigrateToBeforeAsync("IncidentSearchEffectiveDate");
        await StoreTwoAsync();
        await using (var db = OpenDb())
        {
            // Edited before the migration: the trigger then copied the machine date only.
            (await db.Incidents.SingleAsync(i => i.Id == Strike)).OverridesJson = """{"date":"2021-02"}""";
            (await db.Incidents.SingleAsync(i => i.Id == Funeral)).OverridesJson = """{"notes":"checked"}""";
            await db.SaveChangesAsync();
            Assert.Equal([Funeral, Strike], (await new SearchIncidents(db).NewestAsync("protest", null, null, 10)).Select(h => h.Id));
        }

        await using (var db = OpenDb())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = OpenDb())
        {
            Assert.Equal(
                [(Strike, (DateOnly?)new DateOnly(2021, 2, 1)), (Funeral, new DateOnly(2020, 1, 9))],
                await new SearchIncidents(db).NewestAsync("protest", null, null, 10));
        }
    }

    // Two incidents: a strike told by two reports (teachers; bazaar), a funeral by one; every report says "protest".
    private async Task StoreTwoAsync()
    {
        await using var db = OpenDb();
        db.Reports.Add(new Report { Id = "teachers", FileName = "teachers.txt", Format = "txt", Body = "Teachers went on strike in protest over unpaid wages.", IngestedAt = StoredAt });
        db.Reports.Add(new Report { Id = "bazaar", FileName = "bazaar.txt", Format = "txt", Title = "Bazaar closed", Body = "Shops shut in protest.", IngestedAt = StoredAt });
        db.Reports.Add(new Report { Id = "funeral", FileName = "funeral.txt", Format = "txt", Body = "Mourners chanted in protest at the funeral.", IngestedAt = StoredAt });
        db.Incidents.Add(new Incident { Id = Strike, Type = "strike", Date = "2019-05-02", DateFrom = new(2019, 5, 2), DateTo = new(2019, 5, 2), UpdatedAt = StoredAt });
        db.Incidents.Add(new Incident { Id = Funeral, Type = "protest", Date = "2020-01-09", DateFrom = new(2020, 1, 9), DateTo = new(2020, 1, 9), UpdatedAt = StoredAt });
        db.Mentions.Add(new Mention { Id = Guid.Parse("00000011-0000-4000-8000-000000000000"), ReportId = "teachers", Ordinal = 0, Type = "strike", IncidentId = Strike });
        db.Mentions.Add(new Mention { Id = Guid.Parse("00000012-0000-4000-8000-000000000000"), ReportId = "teachers", Ordinal = 1, Type = "strike", IncidentId = Strike });
        db.Mentions.Add(new Mention { Id = Guid.Parse("00000013-0000-4000-8000-000000000000"), ReportId = "bazaar", Ordinal = 0, Type = "strike", IncidentId = Strike });
        db.Mentions.Add(new Mention { Id = Guid.Parse("00000014-0000-4000-8000-000000000000"), ReportId = "funeral", Ordinal = 0, Type = "protest", IncidentId = Funeral });
        await db.SaveChangesAsync();
    }

    private async Task<List<Guid>> FoundAsync(string query)
    {
        await using var db = OpenDb();
        return [.. (await new SearchIncidents(db).Ids(query).ToListAsync()).Order()];
    }
}

public sealed class SqliteSearchIncidentsTests : SearchIncidentsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

[PostgresTests]
public sealed class PostgresSearchIncidentsTests : SearchIncidentsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
