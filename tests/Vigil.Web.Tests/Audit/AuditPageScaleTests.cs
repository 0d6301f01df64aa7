using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Audit;

/// <summary>
/// The audit log page on a long log: counted ten pages ahead like the incident lists, date ranges turned into the log's
/// own order without trusting the clock, whole subject ids looked up in either form, every action in the drop-down.
/// </summary>
public sealed partial class AuditPageScaleTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public AuditPageScaleTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task A_long_log_is_counted_ten_pages_ahead_and_its_last_page_exactly()
    {
        var client = await _factory.ClientAsync("editor");
        var entries = await AppendAsync(Enumerable.Range(0, 1250).Select(i => (Day(2002, 1, 1), i == 600 ? "test.rare" : "test.appended", "note", $"note-{i}")));

        var first = await client.GetStringAsync("/audit");
        Assert.Equal(100, Rows(first).Count);
        Assert.Contains("<p class=\"count\" id=\"audit-count\">more than 1000 entries</p>", first);
        Assert.Contains("page 1 of more than 10", first);

        // Page 13 starts at entry 1,201 from the newest: the count reaches the end from there, so it is exact.
        var last = await client.GetStringAsync("/audit?page=13");
        Assert.Equal((entries - 1200, $"{entries} entries"), (Rows(last).Count, Regex.Match(last, "id=\"audit-count\">([^<]*)<").Groups[1].Value));
        Assert.Contains($"<p class=\"count\" id=\"audit-count\">{entries} entries</p>", last);
        Assert.Contains("page 13 of 13", last);

        // Past the end: no rows, and the count leads back.
        var past = await client.GetStringAsync("/audit?page=40");
        Assert.Empty(Rows(past));
        Assert.Contains($"<p class=\"count\" id=\"audit-count\">{entries} entries</p>", past);

        // An action recorded once among 1,250 is in the drop-down, and its filter finds that one entry.
        Assert.Contains("<option value=\"test.rare\">test.rare</option>", first);
        var rare = Rows(await client.GetStringAsync("/audit?action=test.rare"));
        Assert.Contains(">note-600<", Assert.Single(rare));
    }

    [Fact]
    public async Task A_date_range_finds_its_entries_even_when_the_clock_went_back()
    {
        var client = await _factory.ClientAsync("editor");

        // Appended in this order: the third entry's clock had gone back two days.
        await AppendAsync(
        [
            (Day(1990, 3, 1), "test.dated", "note", "first-of-march"),
            (Day(1990, 3, 5), "test.dated", "note", "fifth-of-march"),
            (Day(1990, 3, 3), "test.dated", "note", "third-of-march"),
            (Day(1990, 3, 7), "test.dated", "note", "seventh-of-march"),
        ]);

        Assert.Equal(["third-of-march"], Subjects(await client.GetStringAsync("/audit?from=1990-03-02&to=1990-03-04")));
        Assert.Equal(["seventh-of-march", "fifth-of-march"], Subjects(await client.GetStringAsync("/audit?from=1990-03-05&to=1990-03-07")));
        Assert.Equal(["seventh-of-march", "third-of-march", "fifth-of-march", "first-of-march"], Subjects(await client.GetStringAsync("/audit?from=1990-01-01&to=1990-12-31")));
        Assert.Empty(Subjects(await client.GetStringAsync("/audit?from=1990-03-08&to=1990-03-31")));
    }

    [Fact]
    public async Task A_whole_subject_id_finds_its_history_in_either_form()
    {
        var client = await _factory.ClientAsync("editor");
        var incident = Guid.NewGuid();
        await AppendAsync(
        [
            (Day(2003, 1, 1), "test.made", "incident", incident.ToString()),
            (Day(2003, 1, 2), "test.other", "incident", Guid.NewGuid().ToString()),
            (Day(2003, 1, 3), "test.edited", "incident", incident.ToString()),
        ]);

        foreach (var form in new[] { incident.ToString(), incident.ToString("N"), incident.ToString("B").ToUpperInvariant(), incident.ToString("N")[^12..] })
        {
            var rows = Rows(await client.GetStringAsync("/audit?subject=" + Uri.EscapeDataString(form)));
            Assert.Equal(2, rows.Count);
            Assert.Contains(">test.edited</a>", rows[0]);
            Assert.Contains(">test.made</a>", rows[1]);
        }
    }

    // Appends entries with the given times (a clock per entry) and returns how many entries the log then holds.
    private async Task<int> AppendAsync(IEnumerable<(DateTime At, string Action, string Type, string Id)> entries)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var clock = new SetClock();
        var log = new AuditLog(db, clock);
        foreach (var (at, action, type, id) in entries)
        {
            clock.Now = at;
            await log.AppendAsync("test", action, type, id, AuditPayload.Deleted);
        }

        await db.SaveChangesAsync();
        return db.AuditEntries.Count();
    }

    private static DateTime Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, DateTimeKind.Utc);

    private static List<string> Rows(string html)
    {
        var table = html[html.IndexOf("id=\"audit\"", StringComparison.Ordinal)..];
        return [.. Row().Matches(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..table.IndexOf("</tbody>", StringComparison.Ordinal)]).Select(m => m.Value)];
    }

    // The subject ids of the page's rows, newest first.
    private static List<string> Subjects(string html) => [.. Rows(html).Select(row => Subject().Match(row).Groups[1].Value)];

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<code title=\"([^\"]+)\">")]
    private static partial Regex Subject();

    private sealed class SetClock : TimeProvider
    {
        public DateTime Now { get; set; }

        public override DateTimeOffset GetUtcNow() => new(Now);
    }
}
