using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Extractions;

namespace Vigil.Web.Tests.Spans;

/// <summary>The report page highlights the field spans stored at ingest, not what today's pipeline finds; older reports say they were re-run.</summary>
public sealed class StoredSpansTests : IClassFixture<VigilWebFactory>
{
    private const string Notice = "id=\"fields-rerun\"";
    private readonly VigilWebFactory _factory;

    public StoredSpansTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task The_report_page_shows_the_stored_spans_and_says_when_it_had_to_re_run_the_pipeline()
    {
        var id = await Seed.SubmitAsync(_factory, "Security forces arrested 30 protesters in Mashhad on 18 November 2019.", "Stored spans report", "Test Outlet", new DateOnly(2019, 11, 19));
        var client = await _factory.ClientAsync("editor");

        var html = await client.GetStringAsync($"/reports/{id}");
        Assert.Matches("place: Mashhad[^\"]*\">Mashhad</span>", Text(html));
        Assert.DoesNotContain(Notice, html, StringComparison.Ordinal);

        // What was stored is what is shown, even where today's pipeline would read otherwise.
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var json = FieldSpans.ToJson([new FieldSpan("place", 42, 49, "Elsewhere", "Some Province")]);
            await db.ReportExtractions.Where(e => e.ReportId == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.SpansJson, json));
        }

        html = await client.GetStringAsync($"/reports/{id}");
        Assert.Contains("place: Elsewhere, Some Province\">Mashhad</span>", Text(html), StringComparison.Ordinal);
        Assert.DoesNotContain("place: Mashhad", Text(html), StringComparison.Ordinal);

        // A report stored before spans were kept: the current pipeline is re-run, and the page says so.
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            await db.ReportExtractions.Where(e => e.ReportId == id).ExecuteDeleteAsync();
        }

        html = await client.GetStringAsync($"/reports/{id}");
        Assert.Matches("place: Mashhad[^\"]*\">Mashhad</span>", Text(html));
        Assert.Contains(Notice, html, StringComparison.Ordinal);
        Assert.Contains("vigil reextract", html, StringComparison.Ordinal);
    }

    // The report's text as the page renders it (from the text region on), so a failure shows the highlights.
    private static string Text(string html)
    {
        var start = html.IndexOf("id=\"report-text\"", StringComparison.Ordinal);
        return start < 0 ? html : html[start..Math.Min(html.Length, start + 1500)];
    }
}
