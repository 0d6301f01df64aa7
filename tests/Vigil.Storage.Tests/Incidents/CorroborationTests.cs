using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Sources;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>Corroboration counts independent sources: outlets sharing an affiliation count once.</summary>
public abstract class CorroborationTests : IncidentStoreTest
{
    [StoreFact]
    public async Task Outlets_with_the_same_affiliation_count_once()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio)));
        var before = Assert.Single(await IncidentsAsync());
        Assert.Equal((3, 3), (before.SourceCount, before.Corroboration));

        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditSource(db, Clock).RunAsync("Iran Human Rights Monitor", "ngo", "PMOI/MEK", null, Actor));
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditSource(db, Clock).RunAsync("Kurdistan Press Agency", null, " pmoi/mek ", null, Actor));
        }

        var after = Assert.Single(await IncidentsAsync());
        Assert.Equal((3, 3, 2), (after.MentionCount, after.SourceCount, after.Corroboration));
        await using (var db = OpenDb())
        {
            var monitor = await db.Sources.SingleAsync(s => s.Name == "Iran Human Rights Monitor");
            var agency = await db.Sources.SingleAsync(s => s.Name == "Kurdistan Press Agency");
            Assert.Equal(("ngo", "PMOI/MEK", "F"), (monitor.Kind, monitor.Affiliation, monitor.Reliability));
            Assert.Equal(("other", "pmoi/mek"), (agency.Kind, agency.Affiliation));
            Assert.Equal(["source.created", "source.edited"], await AuditActionsAsync("source", monitor.Id.ToString()));
            Assert.Equal(["source.created", "source.edited"], await AuditActionsAsync("source", agency.Id.ToString()));
        }

        // The first edit leaves two unaffiliated outlets and one affiliated: still 3, nothing to record.
        Assert.Equal(["incident.clustered", "incident.recomputed"], await AuditActionsAsync("incident", after.Id.ToString()));
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Clearing_an_affiliation_makes_the_outlet_independent_again()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio)));
        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditSource(db, Clock).RunAsync("Iran Human Rights Monitor", null, "PMOI/MEK", null, Actor));
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditSource(db, Clock).RunAsync("Radio Zamaneh", null, "PMOI/MEK", null, Actor));
            Assert.Equal(2, (await db.Incidents.AsNoTracking().SingleAsync()).Corroboration);
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditSource(db, Clock).RunAsync("Radio Zamaneh", null, "", null, Actor));
        }

        Assert.Equal(3, Assert.Single(await IncidentsAsync()).Corroboration);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Editing_a_source_rejects_bad_values_and_unknown_outlets()
    {
        await IngestExtractingAsync(WriteReports(("radio.txt", ShirazByRadio)));

        await using var db = OpenDb();
        var edit = new EditSource(db, Clock);
        Assert.Equal(Outcome.Invalid("kind", "'blog' is not one of news_agency, newspaper, broadcaster, ngo, state_media, party_affiliated, government, witness, social_media, other"), await edit.RunAsync("Radio Zamaneh", "blog", null, null, Actor));
        Assert.Equal(Outcome.Invalid("reliability", "'G' is not an Admiralty grade A–F"), await edit.RunAsync("Radio Zamaneh", null, null, "g", Actor));
        Assert.Equal(Outcome.NotFound("source named 'Nowhere News'"), await edit.RunAsync("Nowhere News", null, null, "A", Actor));
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.Action == "source.edited"));
    }
}
