using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>Waves and their parts in the store: written by clustering, linked and unlinked by editors, never double counted in exports.</summary>
public abstract class WavePartsTests : IncidentStoreTest
{
    private const string Kazerun = "---\ntitle: Rally\noutlet: Iran Human Rights Monitor\npublished: 2019-12-01\n---\nSecurity forces killed 3 protesters in Kazerun on November 17, 2019.\n";
    private const string Tehran = "---\ntitle: Rally\noutlet: Radio Zamaneh\npublished: 2019-12-01\n---\nSecurity forces killed 5 protesters in Tehran on November 16, 2019.\n";
    private const string Iran = "---\ntitle: Wave\noutlet: Amnesty International\npublished: 2019-12-02\n---\nSecurity forces killed at least 304 protesters across Iran in November 2019.\n";

    private async Task<(Incident Wave, Incident Kazerun, Incident Tehran)> IngestWaveAsync()
    {
        await IngestExtractingAsync(WriteReports(("kazerun.txt", Kazerun), ("tehran.txt", Tehran), ("iran.txt", Iran)));
        var all = await IncidentsAsync();
        return (all.Single(i => i.Place == "Iran"), all.Single(i => i.Place == "Kazerun"), all.Single(i => i.Place == "Tehran"));
    }

    [StoreFact]
    public async Task Days_in_two_cities_are_parts_of_the_countrys_month_and_each_part_says_why()
    {
        var (wave, kazerun, tehran) = await IngestWaveAsync();

        Assert.True(wave.IsWave);
        Assert.Null(wave.PartOfId);
        Assert.Equal(wave.Id, kazerun.PartOfId);
        Assert.Equal(wave.Id, tehran.PartOfId);
        Assert.False(kazerun.PartOfPinned);
        Assert.StartsWith("part of the wave anchored by mention ", kazerun.PartOfReason, StringComparison.Ordinal);
        Assert.EndsWith("day 2019-11-17 within 2019-11-01..2019-11-30; place Kazerun within Iran (country)", kazerun.PartOfReason, StringComparison.Ordinal);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_countrys_month_ingested_after_its_cities_days_finds_them_in_the_store_and_makes_them_its_parts()
    {
        // Two runs: the country-wide mention's lookup must find the city blocks stored by the first run (a prefix of its key).
        await IngestExtractingAsync(WriteReports(("kazerun.txt", Kazerun), ("tehran.txt", Tehran)));
        await IngestExtractingAsync(WriteReports(("iran.txt", Iran)));
        var all = await IncidentsAsync();
        var wave = all.Single(i => i.Place == "Iran");

        Assert.True(wave.IsWave);
        Assert.Equal(wave.Id, all.Single(i => i.Place == "Kazerun").PartOfId);
        Assert.Equal(wave.Id, all.Single(i => i.Place == "Tehran").PartOfId);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_recluster_writing_one_incident_at_a_time_creates_the_wave_and_links_the_stored_days_as_one_write_does()
    {
        // The cities' days are clustered first; the country's month is stored unclustered, so the recluster creates its wave (a
        // new incident) and re-links the two stored days (their members unchanged): each written in a chunk of its own.
        await IngestExtractingAsync(WriteReports(("kazerun.txt", Kazerun), ("tehran.txt", Tehran)));
        await using (var db = OpenDb())
        {
            var outcomes = new List<Vigil.Storage.Ingest.IngestOutcome>();
            await new Vigil.Storage.Ingest.IngestFiles(db, Blobs, Clock, new Vigil.Storage.Ingest.IngestOptions { Pipeline = Pipeline, Cluster = false })
                .RunAsync(WriteReports(("iran.txt", Iran)), Actor, outcomes.Add);
            Assert.Equal(Vigil.Storage.Ingest.IngestStatus.Stored, Assert.Single(outcomes).Status);
        }

        var days = await IncidentsAsync();
        Assert.Equal(["Kazerun", "Tehran"], days.Select(i => i.Place).Order());
        Assert.All(days, d => Assert.Null(d.PartOfId));
        await using (var db = OpenDb())
        {
            await new ClusterIncidents(db, Clock) { WriteChunk = 1 }.RebuildAsync(Actor);
        }

        var all = await IncidentsAsync();
        var wave = all.Single(i => i.Place == "Iran");
        Assert.True(wave.IsWave);
        Assert.Null(wave.PartOfId);
        foreach (var day in days)
        {
            var part = all.Single(i => i.Id == day.Id);
            Assert.Equal(wave.Id, part.PartOfId);
            Assert.False(part.IsWave);
            Assert.StartsWith("part of the wave anchored by mention ", part.PartOfReason, StringComparison.Ordinal);
            Assert.Equal("incident.linked", (await AuditActionsAsync("incident", day.Id.ToString()))[^1]);
        }

        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Acled_export_writes_the_parts_and_leaves_out_their_wave_saying_why_and_counts_keep_waves_in_rows_of_their_own()
    {
        var (wave, _, _) = await IngestWaveAsync();

        var rows = CsvRows(await ExportAsync("acled"));
        Assert.Equal(["Tehran", "Kazerun"], rows.Select(r => r["location"]));
        Assert.Equal([3, 5], rows.Select(r => int.Parse(r["fatalities"], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(rows, r => Assert.StartsWith($"Part of wave {wave.Id} (the wave is not a row of its own; its figures are not in this row).", r["notes"], StringComparison.Ordinal));

        var counts = CsvRows(await ExportAsync("counts"));
        Assert.Equal(["2019-11|killing|304|wave", "2019-11-16|killing|5|event", "2019-11-17|killing|3|event"], counts.Select(r => $"{r["date"]}|{r["type"]}|{r["killed"]}|{r["scope"]}"));

        // The wave without parts is a row of its own, and says what it is.
        await using (var db = OpenDb())
        {
            foreach (var part in await db.Incidents.Where(i => i.PartOfId == wave.Id).Select(i => i.Id).ToListAsync())
            {
                Assert.Equal(Outcome.Ok, await new LinkPart(db, Clock).UnlinkAsync(part, Actor));
            }
        }

        var alone = CsvRows(await ExportAsync("acled"));
        Assert.Equal(3, alone.Count);
        Assert.StartsWith("A wave told as a whole", alone.Single(r => r["location"] == "Iran")["notes"], StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task An_editors_unlink_and_link_are_pinned_through_recluster_audited_and_checked()
    {
        var (wave, kazerun, tehran) = await IngestWaveAsync();

        await using (var db = OpenDb())
        {
            var link = new LinkPart(db, Clock);
            Assert.Equal(Outcome.Ok, await link.UnlinkAsync(kazerun.Id, Actor));
            Assert.Equal(OutcomeKind.Invalid, (await link.LinkAsync(kazerun.Id, kazerun.Id, Actor)).Kind);
            Assert.Equal(OutcomeKind.Invalid, (await link.LinkAsync(wave.Id, kazerun.Id, Actor)).Kind); // the wave has a part (Tehran)
            Assert.Equal(OutcomeKind.Invalid, (await link.LinkAsync(kazerun.Id, tehran.Id, Actor)).Kind); // Tehran is itself a part
            Assert.Equal(OutcomeKind.NotFound, (await link.LinkAsync(kazerun.Id, Guid.NewGuid(), Actor)).Kind);
        }

        await ReclusterAsync();
        await using (var db = OpenDb())
        {
            var kept = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == kazerun.Id);
            Assert.Null(kept.PartOfId);
            Assert.True(kept.PartOfPinned);
            Assert.Equal($"unlinked by {Actor} from incident {wave.Id}", kept.PartOfReason);
            Assert.Equal(wave.Id, (await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == tehran.Id)).PartOfId);
            Assert.Equal(Outcome.Ok, await new LinkPart(db, Clock).LinkAsync(kazerun.Id, wave.Id, Actor));
        }

        await ReclusterAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(wave.Id, (await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == kazerun.Id)).PartOfId);
        }

        Assert.Equal(["incident.clustered", "incident.part_unlinked", "incident.part_linked"], await AuditActionsAsync("incident", kazerun.Id.ToString()));
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_wave_an_editor_made_by_linking_a_part_keeps_its_flag_through_recluster()
    {
        var (_, kazerun, tehran) = await IngestWaveAsync();
        await using (var db = OpenDb())
        {
            var link = new LinkPart(db, Clock);
            Assert.Equal(Outcome.Ok, await link.UnlinkAsync(kazerun.Id, Actor));
            Assert.Equal(Outcome.Ok, await link.UnlinkAsync(tehran.Id, Actor));
            Assert.Equal(Outcome.Ok, await link.LinkAsync(tehran.Id, kazerun.Id, Actor));
            Assert.True((await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == kazerun.Id)).IsWave);
        }

        await ReclusterAsync();
        await using (var db = OpenDb())
        {
            Assert.True((await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == kazerun.Id)).IsWave);
            Assert.Equal(kazerun.Id, (await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == tehran.Id)).PartOfId);
        }

        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_day_split_off_a_part_is_linked_to_the_wave_at_once_and_audited()
    {
        const string kazerunAgain = "---\ntitle: Kazerun\noutlet: HRANA\npublished: 2019-12-03\n---\nSecurity forces killed 3 protesters in Kazerun on November 17, 2019.\n";
        await IngestExtractingAsync(WriteReports(("kazerun.txt", Kazerun), ("iran.txt", Iran), ("kazerun-2.txt", kazerunAgain)));
        var all = await IncidentsAsync();
        var wave = all.Single(i => i.Place == "Iran");
        var kazerun = all.Single(i => i.Place == "Kazerun");
        Assert.Equal(2, (await MembersAsync(kazerun.Id)).Count);
        var moving = await MemberFromAsync(kazerun.Id, "kazerun-2.txt");

        Guid created;
        await using (var db = OpenDb())
        {
            var outcome = await new SplitIncident(db, Clock).RunAsync(kazerun.Id, [moving], Actor);
            created = outcome.Value;
        }

        await using (var db = OpenDb())
        {
            var split = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == created);
            Assert.Equal(wave.Id, split.PartOfId);
            Assert.StartsWith("part of the wave anchored by mention ", split.PartOfReason, StringComparison.Ordinal);
            Assert.False(split.IsWave);
            Assert.Equal(wave.Id, (await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == kazerun.Id)).PartOfId);
        }

        Assert.Equal(["incident.created"], await AuditActionsAsync("incident", created.ToString()));
        await AssertVerifiesAsync();
    }
}
