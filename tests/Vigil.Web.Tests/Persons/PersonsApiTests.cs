using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Persons;

namespace Vigil.Web.Tests.Persons;

/// <summary>Persons are the most sensitive data: viewers see only confirmed, publishable ones; every read is audited; names never reach the logs.</summary>
public sealed class PersonsApiTests : IClassFixture<VigilWebFactory>
{
    private const string Text = """
        Security forces shot dead Parviz Zolfaghari, 16, in Zahedan on 30 September 2022.

        Kourosh Tavakoli was arrested in Tehran on 20 October 2022.
        """;

    private readonly VigilWebFactory _factory;

    public PersonsApiTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Viewers_see_a_person_only_once_confirmed_and_publishable_and_every_read_is_audited()
    {
        var id = await PersonAsync("Parviz Zolfaghari");
        var viewer = await _factory.ClientAsync("viewer");
        var editor = await _factory.ClientAsync("editor");
        var admin = await _factory.ClientAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/v1/persons/{id}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await viewer.GetStringAsync("/api/v1/persons"), StringComparison.Ordinal);
        using (var page = JsonDocument.Parse(await editor.GetStringAsync("/api/v1/persons?age_max=17&q=" + Uri.EscapeDataString("Parwiz Zolfaghary"))))
        {
            var row = page.RootElement.GetProperty("items").EnumerateArray().Single();
            Assert.Equal(("Parviz Zolfaghari", "16", "unreviewed"), (row.GetProperty("name").GetString(), row.GetProperty("age").GetString(), row.GetProperty("status").GetString()));
        }

        Assert.DoesNotContain(id.ToString(), await editor.GetStringAsync("/api/v1/persons?age_max=15"), StringComparison.Ordinal);
        Assert.Contains(id.ToString(), await editor.GetStringAsync("/api/v1/persons?age_min=16&fate=killed&province=Sistan%20and%20Baluchestan"), StringComparison.Ordinal);

        await ReviewAsync(id, r => r.SetStatusAsync(id, "confirmed", "test"));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/v1/persons/{id}")).StatusCode);
        await ReviewAsync(id, r => r.SetPublishableAsync(id, true, "test"));

        using var shown = JsonDocument.Parse(await viewer.GetStringAsync($"/api/v1/persons/{id}"));
        Assert.Equal("killed", shown.RootElement.GetProperty("fates")[0].GetProperty("fate").GetString());
        Assert.Equal("shot dead Parviz Zolfaghari", shown.RootElement.GetProperty("mentions")[0].GetProperty("evidence").GetProperty("text").GetString());
        Assert.Empty(shown.RootElement.GetProperty("history").EnumerateArray());
        using var editorView = JsonDocument.Parse(await editor.GetStringAsync($"/api/v1/persons/{id}"));
        Assert.DoesNotContain("person.read", Actions(editorView));
        using var adminView = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/persons/{id}"));
        var reads = adminView.RootElement.GetProperty("history").EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == PersonPayload.ReadAction).Select(e => e.GetProperty("actor").GetString()).ToList();
        Assert.Equal(["web:viewer-user", "web:editor-user", "web:admin-user"], reads);
        Assert.DoesNotContain(_factory.Logs, l => l.Message.Contains("Zolfaghari", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_shows_an_editors_fates_and_date_where_set()
    {
        var id = await PersonAsync("Kourosh Tavakoli");
        await ReviewAsync(id, r => r.SetFieldAsync(id, "fate", "arrested; executed", "test"));
        await ReviewAsync(id, r => r.SetFieldAsync(id, "date", "2023-01", "test"));
        var editor = await _factory.ClientAsync("editor");

        using var page = JsonDocument.Parse(await editor.GetStringAsync("/api/v1/persons?fate=executed&q=Tavakoli"));

        var row = page.RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(["arrested", "executed"], row.GetProperty("fates").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(("2023-01-01", "2023-01-31"), (row.GetProperty("firstDate").GetString(), row.GetProperty("lastDate").GetString()));
    }

    [Fact]
    public async Task A_bad_filter_answers_problem_details_naming_the_parameter()
    {
        var editor = await _factory.ClientAsync("editor");

        using var response = await editor.GetAsync("/api/v1/persons?fate=dead");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["'dead' is not a fate (killed, injured, arrested, executed, sentenced, disappeared, released, other)"], body.RootElement.GetProperty("errors").GetProperty("fate").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("age_min=-1", "age_min", "a whole number of years between 0 and 120")]
    [InlineData("age_max=500", "age_max", "a whole number of years between 0 and 120")]
    [InlineData("age_min=18&age_max=17", "age_max", "is below age_min")]
    [InlineData("from=2022-12-01&to=2022-01-01", "to", "is before from")]
    public async Task A_bad_age_band_or_date_range_answers_problem_details_naming_the_parameter(string query, string parameter, string problem)
    {
        var editor = await _factory.ClientAsync("editor");

        using var response = await editor.GetAsync("/api/v1/persons?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([problem], body.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }

    private static List<string?> Actions(JsonDocument person) =>
        [.. person.RootElement.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString())];

    private async Task<Guid> PersonAsync(string name)
    {
        await Seed.IncidentAsync(_factory, Text, "persons api test", "HRANA");
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        return await db.Persons.AsNoTracking().Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    private async Task ReviewAsync(Guid id, Func<ReviewPerson, Task<Vigil.Core.UserMessage?>> action)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Null(await action(new ReviewPerson(db, TimeProvider.System)));
        _ = id;
    }
}
