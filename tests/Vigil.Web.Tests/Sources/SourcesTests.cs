using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Sources;

/// <summary>Source grades through the editor form, and speakers with Persian names.</summary>
public sealed class SourcesTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public SourcesTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task An_editor_grades_a_source_and_the_change_is_audited()
    {
        await Seed.SubmitAsync(_factory, "Security forces arrested 6 journalists in Tehran on 2022-10-20, IranWire reported.", "graded", source: "IranWire");
        Guid id;
        using (var scope = _factory.Services.CreateScope())
        {
            id = scope.ServiceProvider.GetRequiredService<VigilDbContext>().Sources.Single(s => s.Name == "IranWire").Id;
        }

        var client = await _factory.ClientAsync("editor");
        var form = await client.GetStringAsync($"/sources?edit={id}");
        Assert.Contains("id=\"edit-source\"", form);
        var token = await VigilWebFactory.TokenAsync(client, $"/sources?edit={id}");
        using var response = await client.PostAsync("/sources?handler=edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id.ToString(), ["kind"] = "news_agency", ["affiliation"] = "Independent", ["reliability"] = "B", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var check = _factory.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<VigilDbContext>();
        var source = db.Sources.Single(s => s.Id == id);
        Assert.Equal(("news_agency", "Independent", "B"), (source.Kind, source.Affiliation, source.Reliability));
        Assert.Contains(db.AuditEntries.Where(e => e.SubjectId == id.ToString()).Select(e => e.Action), a => a == "source.edited");
        var list = await client.GetStringAsync("/sources");
        Assert.Matches("IranWire</td>\\s*<td>news agency</td>\\s*<td dir=\"auto\">Independent</td>\\s*<td><span class=\"grade\">B</span>", list);

        var viewer = await _factory.ClientAsync("viewer");
        Assert.DoesNotContain("id=\"edit-source\"", await viewer.GetStringAsync($"/sources?edit={id}"));
    }

    [Fact]
    public async Task Speakers_and_their_statements_render_right_to_left_when_persian()
    {
        await Seed.SubmitAsync(_factory, "«ما تا آخر ایستاده‌ایم» علی کریمی گفت.\n\nAli Karimi said on 2022-10-05: \"We stand with the people.\"", "speaker");
        var client = await _factory.ClientAsync("viewer");
        var list = await client.GetStringAsync("/speakers");
        var match = System.Text.RegularExpressions.Regex.Match(list, "<a href=\"/speakers/([0-9a-f-]{36})\" dir=\"auto\">");
        Assert.True(match.Success, list);
        var page = await client.GetStringAsync($"/speakers/{match.Groups[1].Value}");
        Assert.Contains("<h1 dir=\"auto\">", page);
        Assert.Contains("<q dir=\"auto\">", page);
    }
}
