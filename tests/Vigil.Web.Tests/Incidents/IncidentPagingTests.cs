using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;

namespace Vigil.Web.Tests.Incidents;

/// <summary>
/// The incident list's pages by cursor (<c>after=</c>, <c>before=</c>) and by number (<c>page=</c>, kept for old links and
/// clients): the same rows in the same order, a count that stops ten pages ahead, on the page and in the API.
/// </summary>
public sealed class IncidentPagingTests : IClassFixture<VigilWebFactory>
{
    // 560 riots dated three to a day, then 7 undated; all told by one report that says "saffron".
    private const int Dated = 560;
    private const int Undated = 7;
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private readonly VigilWebFactory _factory;
    private static List<Guid>? _expected;

    public IncidentPagingTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Next_links_walk_every_incident_once_newest_first_and_previous_links_walk_back()
    {
        var expected = await SeedAsync();
        var editor = await _factory.ClientAsync("editor");

        var pages = new List<JsonElement> { await GetAsync(editor, "/api/v1/incidents?type=riot") };
        while (pages[^1].GetProperty("next").GetString() is { } next)
        {
            pages.Add(await GetAsync(editor, $"/api/v1/incidents?type=riot&after={next}"));
        }

        Assert.Equal(expected, pages.SelectMany(Ids));
        Assert.Equal(Enumerable.Range(1, 12), pages.Select(p => p.GetProperty("page").GetInt32()));
        Assert.Equal(JsonValueKind.Null, pages[0].GetProperty("previous").ValueKind);

        // The count goes ten pages past the page's start: page 1 says "more than 500", page 2 "more than 550", page 3 reaches the end.
        Assert.Equal((500, true), Count(pages[0]));
        Assert.Equal((550, true), Count(pages[1]));
        Assert.Equal((Dated + Undated, false), Count(pages[2]));
        Assert.Equal((Dated + Undated, false), Count(pages[11]));

        // Back from the last page, page by page, to the first.
        var back = pages[^1];
        for (var page = 11; page >= 1; page--)
        {
            back = await GetAsync(editor, $"/api/v1/incidents?type=riot&before={back.GetProperty("previous").GetString()}");
            Assert.Equal(page, back.GetProperty("page").GetInt32());
            Assert.Equal(Ids(pages[page - 1]), Ids(back));
        }

        Assert.Equal(JsonValueKind.Null, back.GetProperty("previous").ValueKind);
    }

    [Fact]
    public async Task The_old_page_parameter_gives_the_same_rows_as_the_cursor()
    {
        var expected = await SeedAsync();
        var editor = await _factory.ClientAsync("editor");

        var third = await GetAsync(editor, "/api/v1/incidents?type=riot&page=3");
        var last = await GetAsync(editor, "/api/v1/incidents?type=riot&page=12");
        var beyond = await GetAsync(editor, "/api/v1/incidents?type=riot&page=13");

        Assert.Equal(expected.Skip(100).Take(50), Ids(third));
        Assert.Equal(expected.Skip(550), Ids(last));
        Assert.Equal((3, 12), (third.GetProperty("page").GetInt32(), last.GetProperty("page").GetInt32()));
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
        Assert.Equal((0, Dated + Undated, false), (beyond.GetProperty("items").GetArrayLength(), beyond.GetProperty("total").GetInt32(), beyond.GetProperty("more").GetBoolean()));
        var afterSecond = await GetAsync(editor, $"/api/v1/incidents?type=riot&after={(await GetAsync(editor, "/api/v1/incidents?type=riot&page=2")).GetProperty("next").GetString()}");
        Assert.Equal(Ids(third), Ids(afterSecond));
    }

    [Fact]
    public async Task A_search_pages_by_cursor_through_its_newest_first_matches()
    {
        var expected = await SeedAsync();
        var editor = await _factory.ClientAsync("editor");

        var pages = new List<JsonElement> { await GetAsync(editor, "/api/v1/incidents?q=saffron") };
        while (pages[^1].GetProperty("next").GetString() is { } next)
        {
            pages.Add(await GetAsync(editor, $"/api/v1/incidents?q=saffron&after={next}"));
        }

        var previous = await GetAsync(editor, $"/api/v1/incidents?q=saffron&before={pages[4].GetProperty("previous").GetString()}");

        // Counted as a plain list is, ten pages past the page's start; page 2 on reads the next ten pages of matches.
        Assert.Equal(expected, pages.SelectMany(Ids));
        Assert.Equal((500, true), Count(pages[0]));
        Assert.Equal((550, true), Count(pages[1]));
        Assert.Equal((Dated + Undated, false), Count(pages[2]));
        Assert.Equal((Dated + Undated, false), Count(pages[11]));
        Assert.Equal(4, previous.GetProperty("page").GetInt32());
        Assert.Equal(Ids(pages[3]), Ids(previous));
    }

    [Theory]
    [InlineData("after=nonsense", "after", "'nonsense' is not a place in the list (pass on the next or previous value a list gave)")]
    [InlineData("before=0.20221116.0190f3a2c4d87b1e9a5c3d2e1f0a9b8c", "before", "'0.20221116.0190f3a2c4d87b1e9a5c3d2e1f0a9b8c' is not a place in the list (pass on the next or previous value a list gave)")]
    [InlineData("after=2.undated.0190f3a2c4d87b1e9a5c3d2e1f0a9b8c&before=2.undated.0190f3a2c4d87b1e9a5c3d2e1f0a9b8c", "before", "give after or before, not both")]
    public async Task A_malformed_cursor_answers_400_naming_it(string query, string parameter, string problem)
    {
        var editor = await _factory.ClientAsync("editor");

        using var response = await editor.GetAsync($"/api/v1/incidents?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal([problem], errors.GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_page_links_to_the_next_and_previous_pages_by_cursor_and_says_more_than_when_the_count_stopped()
    {
        var expected = await SeedAsync();
        var editor = await _factory.ClientAsync("editor");

        var first = await editor.GetStringAsync("/incidents?type=riot");
        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"([^\"]*after=[^\"]*)\" rel=\"next\"").Groups[1].Value.Replace("&amp;", "&");
        var second = await editor.GetStringAsync(next);
        var bad = await editor.GetStringAsync("/incidents?type=riot&after=edited-by-hand");

        Assert.Contains("more than 500", first);
        Assert.Contains("page 1 of more than 10", first);
        Assert.StartsWith("/incidents?type=riot&after=1.", next);
        Assert.Contains("page 2 of more than 11", second);
        Assert.Contains($"/incidents/{expected[50]}", second);
        Assert.DoesNotContain($"/incidents/{expected[49]}\"", second);
        Assert.Contains("rel=\"prev\"", second);
        Assert.Contains("This link&#x27;s place in the list is not one the list gave", bad);
        Assert.Contains($"/incidents/{expected[0]}", bad);
    }

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private static (int Total, bool More) Count(JsonElement page) => (page.GetProperty("total").GetInt32(), page.GetProperty("more").GetBoolean());

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    // The riots, written straight into the tables once per factory, in a shuffled order; newest first is date then id, undated last.
    private async Task<List<Guid>> SeedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_expected is { } done)
            {
                return done;
            }

            var rows = Enumerable.Range(0, Dated + Undated)
                .Select(n => (Id: Guid.Parse($"{n + 1:x8}-0000-4000-8000-00000000abcd"), Date: n < Dated ? new DateOnly(2021, 3, 1).AddDays(n / 3) : (DateOnly?)null))
                .ToList();
            using var scope = _factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            db.Reports.Add(new Report { Id = "saffron", FileName = "saffron.txt", Format = "txt", Body = "Saffron traders marched in Mashhad.", IngestedAt = DateTime.UtcNow });
            foreach (var (row, n) in rows.OrderBy(r => r.Id.ToString("N")[^6..].GetHashCode()).Select((r, n) => (r, n)))
            {
                db.Incidents.Add(new Incident { Id = row.Id, Type = "riot", Date = row.Date?.ToString("yyyy-MM-dd"), DateFrom = row.Date, DateTo = row.Date, UpdatedAt = DateTime.UtcNow });
                db.Mentions.Add(new Mention { Id = row.Id, ReportId = "saffron", Ordinal = n, Type = "riot", IncidentId = row.Id });
            }

            await db.SaveChangesAsync();
            _expected = [.. rows.OrderByDescending(r => r.Date.HasValue).ThenByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => r.Id)];
            return _expected;
        }
        finally
        {
            Gate.Release();
        }
    }
}
