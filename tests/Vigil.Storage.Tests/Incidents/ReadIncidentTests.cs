using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>The one incident detail the CLI and the web app read, by audience.</summary>
public abstract class ReadIncidentTests : IncidentStoreTest
{
    [StoreFact]
    public async Task The_operator_reads_every_mention_oldest_report_first_with_file_names_and_evidence_text()
    {
        await IngestExtractingAsync(WriteReports(("radio.txt", ShirazByRadio), ("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency)));
        var incident = Assert.Single(await IncidentsAsync());

        await using var db = OpenDb();
        var detail = await new ReadIncident(db).RunAsync(incident.Id, IncidentAudience.Operator);

        Assert.NotNull(detail);
        Assert.Equal(
            [("monitor.txt", "Iran Human Rights Monitor", new DateOnly(2019, 11, 19)), ("agency.txt", "Kurdistan Press Agency", new DateOnly(2019, 11, 20)), ("radio.txt", "Radio Zamaneh", new DateOnly(2019, 11, 22))],
            detail.Mentions.Select(m => (m.FileName, m.Source, m.Published!.Value)));
        Assert.Contains("shot dead at least 12 protesters", detail.Mentions[0].Evidence);
        Assert.Equal(["Iran Human Rights Monitor", "Kurdistan Press Agency", "Radio Zamaneh"], detail.Figures.Select(f => f.Source).Order());
        Assert.Equal("incident.clustered", detail.History[0].Action);
        Assert.Equal(3, detail.Bodies.Count);
    }

    [StoreFact]
    public async Task A_reader_sees_confirmed_incidents_only_and_no_file_names_and_the_web_list_is_cut_at_the_limit()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency)));
        var incident = Assert.Single(await IncidentsAsync());
        await using var db = OpenDb();
        var read = new ReadIncident(db);

        Assert.Null(await read.RunAsync(incident.Id, IncidentAudience.Reader));
        Assert.Equal(["monitor.txt"], (await read.RunAsync(incident.Id, IncidentAudience.Editor, mentionLimit: 1))!.Mentions.Select(m => m.FileName));

        Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, Clock).SetStatusAsync(incident.Id, IncidentStatus.Confirmed, Actor));
        var confirmed = await read.RunAsync(incident.Id, IncidentAudience.Reader);

        Assert.NotNull(confirmed);
        Assert.Equal([null, null], confirmed.Mentions.Select(m => m.FileName));
        Assert.Equal(["incident.clustered", "incident.confirmed"], confirmed.History.Select(h => h.Action).Distinct());
        Assert.Null(await read.RunAsync(Guid.CreateVersion7(), IncidentAudience.Operator));
    }
}
