using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction;
using Vigil.Storage.Extractions;
using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Database;
using Vigil.Storage.Tests.Incidents;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Extractions;

/// <summary>
/// <c>vigil reextract</c>: the current pipeline re-run over stored reports replaces what extraction stored, re-clusters,
/// audits every change, and keeps editors' decisions as <c>vigil recluster</c> does.
/// </summary>
public abstract class ReextractReportsTests : IncidentStoreTest
{
    private async Task IngestFourAsync() =>
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio), ("mashhad.txt", MashhadArrests)));

    // Every stale report re-extracted, then one re-clustering, as the command does.
    private async Task<List<ReextractOutcome>> ReextractAllAsync()
    {
        await using var db = OpenDb();
        var reextract = new ReextractReports(db, Pipeline, Clock);
        var outcomes = new List<ReextractOutcome>();
        foreach (var id in await reextract.StaleAsync())
        {
            outcomes.Add(await reextract.RunAsync(id, Actor));
        }

        await reextract.ReclusterAsync(Actor);
        return outcomes;
    }

    // What an older Vigil left: reports with no recorded extraction.
    private async Task ForgetExtractionsAsync()
    {
        await using var db = OpenDb();
        await db.ReportExtractions.ExecuteDeleteAsync();
    }

    private async Task<List<(Guid Id, Guid? IncidentId, bool Pinned)>> MentionStateAsync()
    {
        await using var db = OpenDb();
        return [.. (await db.Mentions.AsNoTracking().Select(m => new { m.Id, m.IncidentId, m.Pinned }).ToListAsync()).Select(m => (m.Id, m.IncidentId, m.Pinned)).OrderBy(m => m.Id)];
    }

    [StoreFact]
    public async Task Ingest_records_the_current_pipeline_version_and_the_field_spans()
    {
        await IngestFourAsync();
        await using var db = OpenDb();
        var rows = await db.ReportExtractions.AsNoTracking().ToListAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(PipelineVersion.Current, r.PipelineVersion));
        var mashhad = await db.Reports.AsNoTracking().SingleAsync(r => r.FileName == "mashhad.txt");
        var spans = FieldSpans.Parse(rows.Single(r => r.ReportId == mashhad.Id).SpansJson)!;
        var place = Assert.Single(spans, s => s.Kind == "place");
        Assert.Equal("Mashhad", place.Value);
        Assert.Equal("Mashhad", mashhad.Body[place.Start..place.End]);
        Assert.Empty(await new ReextractReports(db, Pipeline, Clock).StaleAsync());
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Verify_finds_stored_spans_edited_behind_Vigils_back()
    {
        await IngestFourAsync();
        await using (var db = OpenDb())
        {
            await db.ReportExtractions.Take(1).ExecuteUpdateAsync(s => s.SetProperty(e => e.SpansJson, "[]"));
        }

        var result = await VerifyAsync();
        Assert.Contains(result.Problems, p => p.StartsWith("report_extraction ", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task Reextracting_with_the_same_rules_keeps_every_mention_and_incident_id_and_verifies()
    {
        await IngestFourAsync();
        var before = await MentionStateAsync();
        var incidents = (await IncidentsAsync()).Select(i => i.Id).ToList();
        await ForgetExtractionsAsync();

        var outcomes = await ReextractAllAsync();

        Assert.Equal(4, outcomes.Count);
        Assert.All(outcomes, o => Assert.Null(o.Problem));
        Assert.All(outcomes, o => Assert.Null(o.OldVersion));
        Assert.Equal(before, await MentionStateAsync());
        Assert.Equal(incidents, (await IncidentsAsync()).Select(i => i.Id).ToList());
        await using (var db = OpenDb())
        {
            Assert.Empty(await new ReextractReports(db, Pipeline, Clock).StaleAsync());
            Assert.Equal(8, await db.AuditEntries.CountAsync(e => e.Action == StoreExtraction.Action && e.SubjectType == StoreExtraction.SubjectType));
        }

        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Confirmed_status_edited_fields_and_merges_survive_reextract()
    {
        await IngestFourAsync();
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        await using (var db = OpenDb())
        {
            var review = new ReviewIncident(db, Clock);
            Assert.Equal(Outcome.Ok, await review.SetStatusAsync(shiraz.Id, IncidentStatus.Confirmed, Actor));
            Assert.Equal(Outcome.Ok, await review.SetFieldAsync(shiraz.Id, "admin1", "Isfahan", Actor));
            Assert.Equal(Outcome.Ok, await new MergeIncidents(db, Clock).RunAsync(shiraz.Id, mashhad.Id, Actor));
        }

        var decided = await MentionStateAsync();
        await ForgetExtractionsAsync();

        await ReextractAllAsync();

        Assert.Equal(decided, await MentionStateAsync());
        var after = Assert.Single(await IncidentsAsync());
        Assert.Equal(shiraz.Id, after.Id);
        Assert.Equal(IncidentStatus.Confirmed, after.Status);
        Assert.Contains("Isfahan", after.OverridesJson, StringComparison.Ordinal);
        Assert.Equal(4, (await MembersAsync(shiraz.Id)).Count);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_pinned_mention_the_new_pipeline_no_longer_finds_is_kept_in_its_incident()
    {
        await IngestFourAsync();
        var shiraz = await IncidentOfTypeAsync("killing");
        Guid pinned;
        string reportId;
        await using (var db = OpenDb())
        {
            Assert.Equal(Outcome.Ok, await new ReviewIncident(db, Clock).SetStatusAsync(shiraz.Id, IncidentStatus.Confirmed, Actor));

            // What an older pipeline found and an editor confirmed, the current one reads otherwise (here: another type).
            var mention = await db.Mentions.AsNoTracking().Where(m => m.IncidentId == shiraz.Id).OrderBy(m => m.Id).FirstAsync();
            (pinned, reportId) = (mention.Id, mention.ReportId);
            await db.Mentions.Where(m => m.Id == pinned).ExecuteUpdateAsync(s => s.SetProperty(m => m.Type, "riot"));
        }

        ReextractOutcome outcome;
        await using (var db = OpenDb())
        {
            var reextract = new ReextractReports(db, Pipeline, Clock);
            outcome = await reextract.RunAsync(reportId, Actor);
            await reextract.ReclusterAsync(Actor);
        }

        Assert.Null(outcome.Problem);
        Assert.Equal(1, outcome.KeptPinned);
        Assert.Equal(outcome.IncidentsBefore + 1, outcome.IncidentsAfter);
        await using (var db = OpenDb())
        {
            var kept = await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == pinned);
            Assert.Equal(("riot", shiraz.Id, true), (kept.Type, kept.IncidentId, kept.Pinned));
            var ordinals = await db.Mentions.AsNoTracking().Where(m => m.ReportId == reportId).Select(m => m.Ordinal).ToListAsync();
            Assert.Equal(ordinals.Count, ordinals.Distinct().Count());
            Assert.Contains(await db.Mentions.AsNoTracking().Where(m => m.ReportId == reportId && m.Id != pinned).Select(m => m.Type).ToListAsync(), t => t == "killing");
        }

        Assert.Equal(IncidentStatus.Confirmed, (await IncidentsAsync()).Single(i => i.Id == shiraz.Id).Status);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task An_interrupted_run_resumes_with_the_reports_it_did_not_reach_and_reclusters()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("amnesty.txt", ShirazByAmnesty), ("mashhad.txt", MashhadArrests)));
        await ForgetExtractionsAsync();
        string first;
        await using (var db = OpenDb())
        {
            // Stopped after the first report: no re-clustering yet.
            var reextract = new ReextractReports(db, Pipeline, Clock);
            var stale = await reextract.StaleAsync();
            Assert.Equal(3, stale.Count);
            first = stale[0];
            Assert.Null((await reextract.RunAsync(first, Actor)).Problem);
        }

        await using (var db = OpenDb())
        {
            // Its statement mentions wait for their statements; its incident mentions kept theirs (same rules, same ids).
            var reextract = new ReextractReports(db, Pipeline, Clock);
            Assert.Equal(2, (await reextract.StaleAsync()).Count);
            Assert.Equal(await db.StatementMentions.AnyAsync(m => m.ReportId == first), await reextract.ReclusterPendingAsync());
        }

        await ReextractAllAsync();

        await using (var db = OpenDb())
        {
            var reextract = new ReextractReports(db, Pipeline, Clock);
            Assert.Empty(await reextract.StaleAsync());
            Assert.False(await reextract.ReclusterPendingAsync());
        }

        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_dry_run_counts_without_storing_and_report_ids_resolve_by_prefix()
    {
        await IngestFourAsync();
        await ForgetExtractionsAsync();
        await using var db = OpenDb();
        var reextract = new ReextractReports(db, Pipeline, Clock);
        var id = (await reextract.StaleAsync())[0];
        var entries = await db.AuditEntries.CountAsync();

        var outcome = await reextract.RunAsync(id, Actor, dryRun: true);

        Assert.Equal(outcome.IncidentsBefore, outcome.IncidentsAfter);
        Assert.Equal(entries, await db.AuditEntries.CountAsync());
        Assert.Equal(4, (await reextract.StaleAsync()).Count);
        Assert.Equal(id, (await reextract.ResolveAsync(id[..10].ToUpperInvariant())).Value);
        Assert.Equal(OutcomeKind.Invalid, (await reextract.ResolveAsync("abc")).Result.Kind);
        Assert.Equal(OutcomeKind.NotFound, (await reextract.ResolveAsync("00000000")).Result.Kind);
        Assert.Equal("no such report", (await reextract.RunAsync("f00d", Actor)).Problem);
    }
}

public sealed class SqliteReextractReportsTests : ReextractReportsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

[PostgresTests]
public sealed class PostgresReextractReportsTests : ReextractReportsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
