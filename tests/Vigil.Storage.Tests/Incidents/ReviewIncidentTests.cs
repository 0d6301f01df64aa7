using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Incidents.Export;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>An editor's review, merge and split: recorded beside the machine values, audited, and kept by re-clustering.</summary>
public abstract class ReviewIncidentTests : IncidentStoreTest
{
    private async Task<(Incident Shiraz, Incident Mashhad)> IngestShirazAndMashhadAsync()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio), ("mashhad.txt", MashhadArrests)));
        return (await IncidentOfTypeAsync("killing"), await IncidentOfTypeAsync("arrest"));
    }

    [StoreFact]
    public async Task Confirming_sets_the_status_pins_the_mentions_and_is_audited()
    {
        var (shiraz, mashhad) = await IngestShirazAndMashhadAsync();

        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, Clock).SetStatusAsync(shiraz.Id, IncidentStatus.Confirmed, Actor));
        }

        Assert.Equal(IncidentStatus.Confirmed, (await IncidentOfTypeAsync("killing")).Status);
        Assert.Equal(IncidentStatus.Unreviewed, (await IncidentOfTypeAsync("arrest")).Status);
        await using (var db = OpenDb())
        {
            Assert.Equal([true, true, true], await db.Mentions.Where(m => m.IncidentId == shiraz.Id).Select(m => m.Pinned).ToListAsync());
            Assert.False(await db.Mentions.Where(m => m.IncidentId == mashhad.Id).Select(m => m.Pinned).SingleAsync());
        }

        Assert.Equal(["incident.clustered", "incident.confirmed"], await AuditActionsAsync("incident", shiraz.Id.ToString()));
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Filters_find_an_edited_incident_by_the_editors_type_date_and_province_not_the_machines()
    {
        var (shiraz, mashhad) = await IngestShirazAndMashhadAsync();
        async Task<List<string>> PlacesAsync(IncidentFilter filter) =>
            CsvRows(await ExportAsync("acled", filter)).Select(r => r["location"]).Order(StringComparer.Ordinal).ToList();

        // An edit the filter does not look at changes nothing, and the incident is listed once, not twice.
        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, Clock).SetFieldAsync(shiraz.Id, "admin1", "Isfahan", Actor));
        }

        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { Type = "killing" }));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { Type = "killing", Province = "Isfahan" }));

        await using (var db = OpenDb())
        {
            var review = new ReviewIncident(db, Clock);
            Assert.Equal(Vigil.Storage.Outcome.Ok, await review.SetFieldAsync(shiraz.Id, "type", "execution", Actor));
            Assert.Equal(Vigil.Storage.Outcome.Ok, await review.SetFieldAsync(shiraz.Id, "date", "2020-02", Actor));
        }

        // The machine values (killing, 2019-11-17, Fars) no longer find it; the editor's do.
        Assert.Empty(await PlacesAsync(new IncidentFilter { Type = "killing" }));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { Type = "execution" }));
        Assert.Equal(["Mashhad"], await PlacesAsync(new IncidentFilter { From = new DateOnly(2019, 11, 1), To = new DateOnly(2019, 11, 30) }));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { From = new DateOnly(2020, 2, 10), To = new DateOnly(2020, 2, 10) }));
        Assert.Empty(await PlacesAsync(new IncidentFilter { Province = "Fars" }));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { Province = "isfahan", Type = "execution" }));
        Assert.Empty(await PlacesAsync(new IncidentFilter { Province = "Isfahan", Type = "killing" }));

        // Filters on fields nobody edited still use the machine values, and a filter with nothing edited in it is unchanged.
        Assert.Equal(["Mashhad"], await PlacesAsync(new IncidentFilter { Type = "arrest", Province = "Razavi Khorasan" }));
        Assert.Equal(["Mashhad", "Shiraz"], await PlacesAsync(new IncidentFilter()));

        // Clearing the editor's values brings the machine's back into force.
        await using (var db = OpenDb())
        {
            var review = new ReviewIncident(db, Clock);
            foreach (var field in new[] { "type", "date", "admin1" })
            {
                Assert.Equal(Vigil.Storage.Outcome.Ok, await review.SetFieldAsync(shiraz.Id, field, "", Actor));
            }

            Assert.Empty(await EditedIncident.LoadAsync(db));
        }

        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { Type = "killing", Province = "Fars", From = new DateOnly(2019, 11, 17), To = new DateOnly(2019, 11, 17) }));
        Assert.NotEqual(shiraz.Id, mashhad.Id);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_later_report_of_a_confirmed_incident_joins_it_and_keeps_the_status()
    {
        var (shiraz, _) = await IngestShirazAndMashhadAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, Clock).SetStatusAsync(shiraz.Id, IncidentStatus.Confirmed, Actor));
        }

        await IngestExtractingAsync(WriteReports(("amnesty.txt", ShirazByAmnesty)));

        var after = await IncidentOfTypeAsync("killing");
        Assert.Equal((shiraz.Id, 4, IncidentStatus.Confirmed), (after.Id, after.MentionCount, after.Status));
        Assert.Equal((12, 40, 40), (after.KilledMin, after.KilledMax, after.KilledBest));
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Setting_a_figure_keeps_the_machine_value_and_the_export_uses_the_editors()
    {
        var (shiraz, _) = await IngestShirazAndMashhadAsync();

        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, Clock).SetFieldAsync(shiraz.Id, "killed", "20", Actor));
        }

        var edited = await IncidentOfTypeAsync("killing");
        Assert.Equal((12, 40, 40), (edited.KilledMin, edited.KilledMax, edited.KilledBest));
        Assert.Equal("{\"killed\":\"20\"}", edited.OverridesJson);
        Assert.Equal(IncidentStatus.Unreviewed, edited.Status);
        var row = CsvRows(await ExportAsync("acled")).Single(r => r["event_type"] == "Violence against civilians");
        Assert.Equal(("20", "killed: 12-40 across sources (Iran Human Rights Monitor: 12+; Kurdistan Press Agency: 15; Radio Zamaneh: 40). Reported by 3 sources, 3 independent."), (row["fatalities"], row["notes"]));
        Assert.Equal(["incident.clustered", "incident.edited"], await AuditActionsAsync("incident", shiraz.Id.ToString()));
        await AssertVerifiesAsync();

        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, Clock).SetFieldAsync(shiraz.Id, "killed", "", Actor));
        }

        Assert.Equal("{}", (await IncidentOfTypeAsync("killing")).OverridesJson);
        Assert.Equal("40", CsvRows(await ExportAsync("acled")).Single(r => r["event_type"] == "Violence against civilians")["fatalities"]);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Review_rejects_unknown_incidents_fields_figures_and_statuses_without_writing()
    {
        var (shiraz, _) = await IngestShirazAndMashhadAsync();
        var unknown = Guid.Parse("01234567-89ab-7cde-8f01-23456789abcd");

        await using var db = OpenDb();
        var entries = await db.AuditEntries.CountAsync();
        var review = new ReviewIncident(db, Clock);
        Assert.Equal(Outcome.NotFound($"incident {unknown}"), await review.SetStatusAsync(unknown, IncidentStatus.Confirmed, Actor));
        Assert.Equal(Outcome.Invalid("status", "'approved' is not one of unreviewed, confirmed, disputed, rejected"), await review.SetStatusAsync(shiraz.Id, "approved", Actor));
        Assert.Equal(Outcome.Invalid("field", "unknown field 'colour' (one of: type, date, date_end, place, admin1, country, killed, injured, arrested, actors, victims, notes)"), await review.SetFieldAsync(shiraz.Id, "colour", "red", Actor));
        Assert.Equal(Outcome.Invalid("killed", "'many' is not a figure (N, N-M or N+)"), await review.SetFieldAsync(shiraz.Id, "killed", "many", Actor));
        Assert.Equal(Outcome.Invalid("killed", "'40-12' is not a figure (N, N-M or N+)"), await review.SetFieldAsync(shiraz.Id, "killed", "40-12", Actor));
        Assert.Equal(Outcome.Invalid("date", "'17/11/2019' is not YYYY-MM-DD, YYYY-MM or YYYY"), await review.SetFieldAsync(shiraz.Id, "date", "17/11/2019", Actor));
        Assert.Equal(Outcome.Invalid("country", "'Iran' is not an ISO 3166-1 alpha-2 code like IR"), await review.SetFieldAsync(shiraz.Id, "country", "Iran", Actor));
        Assert.Equal(entries, await db.AuditEntries.CountAsync());
        Assert.False(await db.Mentions.AnyAsync(m => m.Pinned));
    }

    [StoreFact]
    public async Task Merging_moves_the_mentions_deletes_the_other_and_survives_reclustering()
    {
        var (shiraz, mashhad) = await IngestShirazAndMashhadAsync();
        var shirazMembers = await MembersAsync(shiraz.Id);
        var mashhadMention = Assert.Single(await MembersAsync(mashhad.Id));

        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new MergeIncidents(db, Clock).RunAsync(shiraz.Id, mashhad.Id, Actor));
        }

        var merged = Assert.Single(await IncidentsAsync());
        Assert.Equal((shiraz.Id, 4, 3), (merged.Id, merged.MentionCount, merged.SourceCount));
        Assert.Equal(((int?)30, (int?)40), (merged.ArrestedBest, merged.KilledBest));
        Assert.Equal([.. shirazMembers.Append(mashhadMention).Order()], await MembersAsync(merged.Id));
        await using (var db = OpenDb())
        {
            Assert.True(await db.Mentions.AllAsync(m => m.Pinned));
            Assert.Equal($"merged by {Actor} from incident {mashhad.Id}", (await db.Mentions.SingleAsync(m => m.Id == mashhadMention)).MergeReason);
        }

        Assert.Equal(["incident.clustered", "incident.deleted"], await AuditActionsAsync("incident", mashhad.Id.ToString()));
        Assert.Equal(["incident.clustered", "incident.merged"], await AuditActionsAsync("incident", shiraz.Id.ToString()));
        await AssertVerifiesAsync();

        await ReclusterAsync();

        var after = Assert.Single(await IncidentsAsync());
        Assert.Equal((shiraz.Id, 4), (after.Id, after.MentionCount));
        Assert.Equal([.. shirazMembers.Append(mashhadMention).Order()], await MembersAsync(after.Id));
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_report_joining_a_merged_incident_keeps_its_member_from_another_family()
    {
        // The arrest is not in the killings' clustering round: the incident is recomputed with it all the same.
        var (shiraz, mashhad) = await IngestShirazAndMashhadAsync();
        var mashhadMention = Assert.Single(await MembersAsync(mashhad.Id));
        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new MergeIncidents(db, Clock).RunAsync(shiraz.Id, mashhad.Id, Actor));
        }

        await IngestExtractingAsync(WriteReports(("amnesty.txt", ShirazByAmnesty)));

        var after = Assert.Single(await IncidentsAsync());
        Assert.Equal((shiraz.Id, 5, 4), (after.Id, after.MentionCount, after.SourceCount));
        Assert.Equal(((int?)30, (int?)12, (int?)40, (int?)40), (after.ArrestedBest, after.KilledMin, after.KilledMax, after.KilledBest));
        Assert.Contains(mashhadMention, await MembersAsync(after.Id));
        Assert.Equal(["incident.clustered", "incident.merged", "incident.clustered"], await AuditActionsAsync("incident", shiraz.Id.ToString()));
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Merge_refuses_an_incident_with_itself_and_unknown_ids()
    {
        var (shiraz, _) = await IngestShirazAndMashhadAsync();
        var unknown = Guid.Parse("01234567-89ab-7cde-8f01-23456789abcd");

        await using var db = OpenDb();
        var merge = new MergeIncidents(db, Clock);
        Assert.Equal(Outcome.Invalid("other", "cannot merge an incident with itself"), await merge.RunAsync(shiraz.Id, shiraz.Id, Actor));
        Assert.Equal(Outcome.NotFound($"incident {unknown}"), await merge.RunAsync(shiraz.Id, unknown, Actor));
        Assert.Equal(Outcome.NotFound($"incident {unknown}"), await merge.RunAsync(unknown, shiraz.Id, Actor));
        Assert.Equal(2, await db.Incidents.CountAsync());
    }

    [StoreFact]
    public async Task Splitting_creates_an_incident_from_the_chosen_mentions_and_survives_reclustering()
    {
        var (shiraz, _) = await IngestShirazAndMashhadAsync();
        var members = await MembersAsync(shiraz.Id);
        Guid radioMention;
        await using (var db = OpenDb())
        {
            radioMention = await (from m in db.Mentions join r in db.Reports on m.ReportId equals r.Id where r.FileName == "radio.txt" select m.Id).SingleAsync();
        }

        Guid? created;
        await using (var db = OpenDb())
        {
            var outcome = await new SplitIncident(db, Clock).RunAsync(shiraz.Id, [radioMention], Actor);
            Assert.Equal(Outcome.Ok, outcome.Result);
            created = outcome.Value;
        }

        Assert.NotNull(created);
        var rest = await IncidentsAsync();
        Assert.Equal(3, rest.Count);
        var kept = rest.Single(i => i.Id == shiraz.Id);
        var split = rest.Single(i => i.Id == created);
        Assert.Equal([.. members.Where(id => id != radioMention)], await MembersAsync(shiraz.Id));
        Assert.Equal([radioMention], await MembersAsync(split.Id));
        Assert.Equal((2, 12, 15, 15), (kept.MentionCount, kept.KilledMin, kept.KilledMax, kept.KilledBest));
        Assert.Equal(("killing", "2019-11-17", "Shiraz", 1, 40, "Radio Zamaneh", IncidentStatus.Unreviewed), (split.Type, split.Date, split.Place, split.MentionCount, split.KilledBest, split.Sources, split.Status));
        Assert.Equal(["incident.clustered", "incident.split"], await AuditActionsAsync("incident", shiraz.Id.ToString()));
        Assert.Equal(["incident.created"], await AuditActionsAsync("incident", split.Id.ToString()));
        await AssertVerifiesAsync();

        await ReclusterAsync();

        Assert.Equal(rest.Select(i => i.Id), (await IncidentsAsync()).Select(i => i.Id));
        Assert.Equal([radioMention], await MembersAsync(split.Id));
        Assert.Equal(2, (await MembersAsync(shiraz.Id)).Count);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Split_refuses_all_none_or_foreign_mentions()
    {
        var (shiraz, mashhad) = await IngestShirazAndMashhadAsync();
        var members = await MembersAsync(shiraz.Id);
        var foreign = Assert.Single(await MembersAsync(mashhad.Id));

        await using var db = OpenDb();
        var split = new SplitIncident(db, Clock);
        Assert.Equal(Outcome.Invalid("mentions", "choose some, but not all, of the incident's mentions to split off"), (await split.RunAsync(shiraz.Id, members, Actor)).Result);
        Assert.Equal(Outcome.Invalid("mentions", "choose some, but not all, of the incident's mentions to split off"), (await split.RunAsync(shiraz.Id, [], Actor)).Result);
        Assert.Equal(Outcome.Invalid("mentions", $"mention {foreign} is not part of incident {shiraz.Id}"), (await split.RunAsync(shiraz.Id, [members[0], foreign], Actor)).Result);
        Assert.Equal(2, await db.Incidents.CountAsync());
        Assert.False(await db.Mentions.AnyAsync(m => m.Pinned));
    }
}
