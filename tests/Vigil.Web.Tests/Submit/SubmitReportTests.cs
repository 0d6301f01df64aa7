using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Submit;

/// <summary>A submission is ingested from memory: the form's metadata goes beside the text, nothing passes through a temporary file.</summary>
public sealed class SubmitReportTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public SubmitReportTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Pasted_text_and_evidence_are_stored_from_memory_with_the_forms_metadata()
    {
        const string Text = "---\nnot: front matter of ours\n---\nRiot police arrested 12 students at Amirkabir University on 8 December 2022, HRANA said.\r\n";
        _ = _factory.Services; // the app started: its database and keys exist
        var before = Directory.GetFileSystemEntries(_factory.DataDirectory, "*", SearchOption.TopDirectoryOnly).Where(e => !e.EndsWith("blobs", StringComparison.Ordinal)).Order().ToList();

        var id = await Seed.SubmitAsync(_factory, Text, "Students arrested", "HRANA", new DateOnly(2022, 12, 9), evidence: true);

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var report = await db.Reports.Include(r => r.Source).SingleAsync(r => r.Id == id);
        Assert.Equal(("Students arrested", "HRANA", new DateOnly(2022, 12, 9)), (report.Title, report.Source!.Name, report.Published));
        Assert.Equal("Riot police arrested 12 students at Amirkabir University on 8 December 2022, HRANA said.\n", report.Body);
        Assert.Matches("^web-[0-9]{8}-[0-9]{6}-[0-9a-f]{8}\\.txt$", report.FileName);
        var evidence = await db.Evidence.SingleAsync(e => e.ReportId == id);
        Assert.Equal(Path.ChangeExtension(report.FileName, ".png"), evidence.FileName);
        Assert.False(Directory.Exists(Path.Combine(_factory.DataDirectory, "uploads")), "a submission wrote to a temporary folder");
        Assert.Equal(before, Directory.GetFileSystemEntries(_factory.DataDirectory, "*", SearchOption.TopDirectoryOnly).Where(e => !e.EndsWith("blobs", StringComparison.Ordinal)).Order().ToList());
    }
}
