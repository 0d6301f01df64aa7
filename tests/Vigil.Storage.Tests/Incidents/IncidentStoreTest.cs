using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction;
using Vigil.Storage.Incidents;
using Vigil.Storage.Incidents.Export;
using Vigil.Storage.Ingest;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>Base of the incident and statement suites: ingest with extraction (and clustering), as <c>vigil ingest</c> does.</summary>
public abstract class IncidentStoreTest : StoreTest
{
    // Building the pipeline loads the gazetteer and lexicons; it is immutable, so one serves every test.
    protected static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    /// <summary>The repository's sample reports (samples/), found by walking up to Vigil.slnx.</summary>
    protected static string Samples { get; } = FindSamples();

    /// <summary>Ingests with extraction and clustering in one run (one CLI invocation); every file must be stored.</summary>
    protected async Task IngestExtractingAsync(params string[] paths)
    {
        var outcomes = new List<IngestOutcome>();
        await using var db = OpenDb();
        await new IngestFiles(db, Blobs, Clock, new IngestOptions { Pipeline = Pipeline, Parallelism = 2 }).RunAsync(paths, Actor, outcomes.Add);
        Assert.All(outcomes, o => Assert.True(o.Status == IngestStatus.Stored, $"{o.Path}: {o.Status} {o.Message}"));
    }

    /// <summary>Writes the reports (name → text) into the input folder and returns their paths in the given order.</summary>
    protected string[] WriteReports(params (string Name, string Text)[] reports) =>
        [.. reports.Select(r => WriteInput(r.Name, r.Text))];

    protected async Task<List<Incident>> IncidentsAsync()
    {
        await using var db = OpenDb();
        return await db.Incidents.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
    }

    protected async Task<Incident> IncidentOfTypeAsync(string type)
    {
        await using var db = OpenDb();
        return await db.Incidents.AsNoTracking().SingleAsync(i => i.Type == type);
    }

    /// <summary>Member mention ids of an incident, sorted.</summary>
    protected async Task<List<Guid>> MembersAsync(Guid incidentId)
    {
        await using var db = OpenDb();
        // Sorted as .NET compares Guids (the order that makes an incident's id its smallest mention id), not as each database does.
        return [.. (await db.Mentions.AsNoTracking().Where(m => m.IncidentId == incidentId).Select(m => m.Id).ToListAsync()).Order()];
    }

    /// <summary>The member of an incident that came from the report ingested from <paramref name="fileName"/>.</summary>
    protected async Task<Guid> MemberFromAsync(Guid incidentId, string fileName)
    {
        await using var db = OpenDb();
        return await (from m in db.Mentions.AsNoTracking()
                      join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
                      where m.IncidentId == incidentId && r.FileName == fileName
                      select m.Id).SingleAsync();
    }

    /// <summary>The audit actions recorded for a subject, in order.</summary>
    protected async Task<List<string>> AuditActionsAsync(string subjectType, string subjectId)
    {
        await using var db = OpenDb();
        return await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == subjectType && e.SubjectId == subjectId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }

    /// <summary>Exports incidents as <c>vigil export incidents</c> does and returns the text.</summary>
    protected async Task<string> ExportAsync(string format, IncidentFilter? filter = null)
    {
        await using var db = OpenDb();
        using var buffer = new MemoryStream();
        await new IncidentExport(db).WriteAsync(format, filter ?? new IncidentFilter(), buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Rows of a CSV export, each as column → value.</summary>
    protected static List<Dictionary<string, string>> CsvRows(string csv)
    {
        using var reader = new CsvHelper.CsvReader(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => reader.GetField(h)!));
        }

        return rows;
    }

    /// <summary>Re-clusters everything, as <c>vigil recluster</c> does.</summary>
    protected async Task<ClusterSummary> ReclusterAsync()
    {
        await using var db = OpenDb();
        return await new ClusterIncidents(db, Clock).RebuildAsync(Actor);
    }

    /// <summary>Runs <c>vigil verify</c>'s checks and fails with its problems unless everything verifies.</summary>
    protected async Task AssertVerifiesAsync()
    {
        var result = await VerifyAsync();
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new InvalidOperationException($"no Vigil.slnx above {AppContext.BaseDirectory}");
    }
}
