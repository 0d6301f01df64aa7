using System.Text.Json;
using Vigil.Storage.Sources;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>Three outlets report the same killing with different figures: one incident, the range, and who claims what.</summary>
public abstract class ConflictingFiguresTests : IncidentStoreTest
{
    [StoreFact]
    public async Task Three_outlets_reporting_one_killing_make_one_incident_with_the_range_and_each_outlets_figure()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio)));

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("killing", "2019-11-17", "Shiraz", "Fars", "IR", "city"), (incident.Type, incident.Date, incident.Place, incident.Admin1, incident.Country, incident.GeoPrecision));
        Assert.Equal((3, 3, 3), (incident.MentionCount, incident.SourceCount, incident.Corroboration));
        Assert.Equal("Iran Human Rights Monitor; Kurdistan Press Agency; Radio Zamaneh", incident.Sources);

        // The range is the lowest minimum to the highest maximum; the open "at least 12" lies below 40, so the maximum stays 40.
        Assert.Equal((12, 40), (incident.KilledMin, incident.KilledMax));

        // No outlet graded yet (all F, credibility 6): the tie goes to the larger figure. Never a sum (67).
        Assert.Equal(40, incident.KilledBest);
        Assert.Equal((null, null, null, null), (incident.InjuredMin, incident.InjuredBest, incident.ArrestedMin, incident.ArrestedBest));
        var members = await MembersAsync(incident.Id);
        Assert.Equal(members[0], incident.Id);
        Assert.Equal(
            [
                ("killed", "Iran Human Rights Monitor", 12, (int?)null, "F", 6, "2019-11-19", false),
                ("killed", "Kurdistan Press Agency", 15, 15, "F", 6, "2019-11-20", false),
                ("killed", "Radio Zamaneh", 40, 40, "F", 6, "2019-11-22", true),
            ],
            Claims(incident.FiguresJson).Select(c => (c.Kind, c.Source, c.Min, c.Max, c.Reliability, c.Credibility, c.Published, c.MostReliable)));
        Assert.Equal(members, Claims(incident.FiguresJson).Select(c => c.Mention).Order());
    }

    [StoreFact]
    public async Task An_open_ended_claim_at_or_above_every_closed_figure_leaves_the_maximum_open()
    {
        // 12+, 15 and 20+ (Amnesty, month precision, joins the day-precision incident): the highest claim is open.
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("amnesty.txt", ShirazByAmnesty)));

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("2019-11-17", 3), (incident.Date, incident.MentionCount));
        Assert.Equal((12, (int?)null, 20), (incident.KilledMin, incident.KilledMax, incident.KilledBest));
    }

    [StoreFact]
    public async Task Grading_one_outlet_A_makes_its_figure_the_most_reliable()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio)));

        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditSource(db, Clock).RunAsync("kurdistan press  agency", null, null, "a", Actor));
        }

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal((12, 40, 15), (incident.KilledMin, incident.KilledMax, incident.KilledBest));
        var claims = Claims(incident.FiguresJson);
        Assert.Equal([("Iran Human Rights Monitor", "F", false), ("Kurdistan Press Agency", "A", true), ("Radio Zamaneh", "F", false)], claims.Select(c => (c.Source, c.Reliability, c.MostReliable)));
        Assert.Equal(["incident.clustered", "incident.recomputed"], await AuditActionsAsync("incident", incident.Id.ToString()));
        await AssertVerifiesAsync();
    }

    internal sealed record Claim(string Kind, string Source, int Min, int? Max, string Reliability, int Credibility, string? Published, Guid Mention, bool MostReliable);

    internal static List<Claim> Claims(string figuresJson)
    {
        using var doc = JsonDocument.Parse(figuresJson);
        return [.. doc.RootElement.EnumerateArray().Select(c => new Claim(
            c.GetProperty("kind").GetString()!,
            c.GetProperty("source").GetString()!,
            c.GetProperty("min").GetInt32(),
            c.GetProperty("max").ValueKind == JsonValueKind.Null ? null : c.GetProperty("max").GetInt32(),
            c.GetProperty("reliability").GetString()!,
            c.GetProperty("credibility").GetInt32(),
            c.GetProperty("published").GetString(),
            c.GetProperty("mention").GetGuid(),
            c.GetProperty("most_reliable").GetBoolean()))];
    }
}
