using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Audit;

/// <summary>The audit log page's filters (who, what, subject, dates) and its links to each subject.</summary>
public sealed partial class AuditPageTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public AuditPageTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Filters_by_action_subject_actor_and_date_and_links_each_subject()
    {
        var report = await Seed.ReportWithEvidenceAsync(_factory);
        Guid incident;
        int storedReports, incidentEntries;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            incident = db.Mentions.First(m => m.ReportId == report).IncidentId!.Value;
            storedReports = db.AuditEntries.Count(e => e.Action == "report.stored");
            incidentEntries = db.AuditEntries.Count(e => e.SubjectId == incident.ToString());
        }

        var client = await _factory.ClientAsync("editor");

        var byAction = await client.GetStringAsync("/audit?action=report.stored");
        Assert.Equal(storedReports, Rows(byAction).Count);
        Assert.All(Rows(byAction), row => Assert.Contains(">report.stored</a>", row));

        // The short id lists show finds the incident's entries; its subject cell links to the incident.
        var bySubject = await client.GetStringAsync("/audit?subject=" + incident.ToString("N")[^12..]);
        Assert.Equal(incidentEntries, Rows(bySubject).Count);
        Assert.Contains($"href=\"/incidents/{incident}\"", bySubject);
        Assert.Contains($"<p class=\"count\" id=\"audit-count\">{incidentEntries} {(incidentEntries == 1 ? "entry" : "entries")}</p>", bySubject);

        Assert.All(Rows(await client.GetStringAsync("/audit?actor=test")), row => Assert.Contains(">test</a>", row));
        Assert.Empty(Rows(await client.GetStringAsync("/audit?actor=nobody")));
        Assert.Empty(Rows(await client.GetStringAsync("/audit?from=2001-01-01&to=2001-01-31")));
        Assert.NotEmpty(Rows(await client.GetStringAsync($"/audit?from={DateTime.UtcNow:yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}")));
    }

    private static List<string> Rows(string html)
    {
        var table = html[html.IndexOf("id=\"audit\"", StringComparison.Ordinal)..];
        return [.. Row().Matches(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..table.IndexOf("</tbody>", StringComparison.Ordinal)]).Select(m => m.Value)];
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
