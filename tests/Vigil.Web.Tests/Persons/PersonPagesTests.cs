using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Persons;

namespace Vigil.Web.Tests.Persons;

/// <summary>The persons list and person page: the API's filters and privacy, the audited read, the editor's review, and the incident's named persons.</summary>
public sealed class PersonPagesTests : IClassFixture<VigilWebFactory>
{
    private const string Text = """
        Security forces shot dead Arman Bahrami, 16, in Zahedan on 30 September 2022.

        Dariush Karimzadeh was arrested in Tehran on 20 October 2022.
        """;

    private readonly VigilWebFactory _factory;

    public PersonPagesTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task The_list_filters_by_fate_age_band_province_and_any_spelling()
    {
        var (killed, arrested) = (await PersonAsync("Arman Bahrami"), await PersonAsync("Dariush Karimzadeh"));
        var editor = await _factory.ClientAsync("editor");

        Assert.Equal([arrested, killed], await ListedAsync(editor, "")); // latest fate first
        Assert.Equal([killed], await ListedAsync(editor, "?age=child"));
        Assert.Equal([killed], await ListedAsync(editor, "?fate=killed"));
        Assert.Equal([arrested], await ListedAsync(editor, "?fate=arrested"));
        Assert.Equal([killed], await ListedAsync(editor, "?province=Sistan%20and%20Baluchestan"));
        Assert.Equal([killed], await ListedAsync(editor, "?q=" + Uri.EscapeDataString("Arman Bahramy")));
        Assert.Equal([arrested], await ListedAsync(editor, "?from=2022-10-01&to=2022-10-31"));
        Assert.Equal([arrested], await ListedAsync(editor, "?from=1401-07-09"));
        Assert.Contains(killed, await ListedAsync(editor, "?status=unreviewed"));
        Assert.DoesNotContain(killed, await ListedAsync(editor, "?status=confirmed"));
        var html = await editor.GetStringAsync("/persons?age=child");
        Assert.Contains(">Arman Bahrami</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/persons\">Persons</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_page_shows_ages_fates_and_each_mention_with_its_evidence_and_incident()
    {
        var id = await PersonAsync("Arman Bahrami");
        var (reportId, incidentId) = await MentionOfAsync(id);
        var editor = await _factory.ClientAsync("editor");

        var html = await editor.GetStringAsync($"/persons/{id}");

        Assert.Contains("<mark class=\"hl\">shot dead Arman Bahrami</mark>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/{reportId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/incidents/{incidentId}\"", html, StringComparison.Ordinal);
        Assert.Contains("<div>16 <span class=\"hint\" dir=\"auto\">(according to HRANA)</span></div>", html, StringComparison.Ordinal);
        Assert.Matches("<tr><td>Killed</td><td class=\"nowrap\">2022-09-30</td><td dir=\"auto\">Zahedan</td><td>Sistan and Baluchestan</td><td dir=\"auto\">HRANA</td></tr>", html);
        Assert.Contains("id=\"confirm\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_gets_404_and_no_row_until_an_editor_confirms_and_publishes_through_the_page()
    {
        var id = await PersonAsync("Dariush Karimzadeh");
        var viewer = await _factory.ClientAsync("viewer");
        var editor = await _factory.ClientAsync("editor");
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/persons/{id}")).StatusCode);
        Assert.DoesNotContain(id, await ListedAsync(viewer, ""));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(viewer, id, "status", new() { ["status"] = "confirmed" })).StatusCode);

        using (var confirmed = await PostAsync(editor, id, "status", new() { ["status"] = "confirmed" }))
        {
            Assert.Equal($"/persons/{id}?done=confirmed", confirmed.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/persons/{id}")).StatusCode);
        using (var published = await PostAsync(editor, id, "publishable", new() { ["publishable"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var page = await viewer.GetStringAsync($"/persons/{id}");
        Assert.Contains("Dariush Karimzadeh", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"history\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirm\"", page, StringComparison.Ordinal);
        Assert.Contains(id, await ListedAsync(viewer, ""));
        Assert.Equal(["person.confirmed", "person.published"], await ActionsAsync(id, "web:editor-user", a => a != PersonPayload.ReadAction));
        Assert.DoesNotContain(_factory.Logs, l => l.Message.Contains("Karimzadeh", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reading_the_page_is_audited_and_only_admins_see_the_reads()
    {
        var id = await PersonAsync("Arman Bahrami");
        var editor = await _factory.ClientAsync("editor");
        var admin = await _factory.ClientAsync("admin");
        var before = (await ActionsAsync(id, "web:editor-user", a => a == PersonPayload.ReadAction)).Count;

        var editorPage = await editor.GetStringAsync($"/persons/{id}");
        var adminPage = await admin.GetStringAsync($"/persons/{id}");

        Assert.Equal(before + 1, (await ActionsAsync(id, "web:editor-user", a => a == PersonPayload.ReadAction)).Count);
        Assert.DoesNotContain("<td>person.read</td>", editorPage, StringComparison.Ordinal);
        Assert.Contains("<td>web:editor-user</td><td>person.read</td>", adminPage, StringComparison.Ordinal);
        Assert.Contains("<td>web:admin-user</td><td>person.read</td>", adminPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_page_links_to_the_exact_span_on_the_report_page_which_only_editors_see_before_publication()
    {
        var id = await PersonAsync("Arman Bahrami");
        var (reportId, _) = await MentionOfAsync(id);
        Guid mentionId;
        using (var scope = _factory.Services.CreateScope())
        {
            mentionId = await scope.ServiceProvider.GetRequiredService<VigilDbContext>().PersonMentions.Where(m => m.PersonId == id).Select(m => m.Id).SingleAsync();
        }

        var editor = await _factory.ClientAsync("editor");
        var viewer = await _factory.ClientAsync("viewer");

        var personPage = await editor.GetStringAsync($"/persons/{id}");
        var reportPage = await editor.GetStringAsync($"/reports/{reportId}");
        var viewerReport = await viewer.GetStringAsync($"/reports/{reportId}");

        Assert.Contains($"href=\"/reports/{reportId}#person-mention-{mentionId}\"", personPage, StringComparison.Ordinal);
        Assert.Matches($"<span class=\"anchor\" id=\"person-mention-{mentionId}\"></span><span class=\"hl[^\"]* hl-person[^\"]*\" title=\"[^\"]*person: Arman Bahrami \\(killed\\)[^\"]*\">shot dead Arman Bahrami</span>", reportPage);
        Assert.DoesNotContain($"person-mention-{mentionId}", viewerReport, StringComparison.Ordinal); // not published
    }

    [Fact]
    public async Task The_incident_page_shows_killed_reported_and_named_with_links_the_reader_may_follow()
    {
        var id = await PersonAsync("Arman Bahrami");
        var (_, incidentId) = await MentionOfAsync(id);
        var editor = await _factory.ClientAsync("editor");
        var viewer = await _factory.ClientAsync("viewer");

        var html = await editor.GetStringAsync($"/incidents/{incidentId}");

        Assert.Contains($"<p class=\"figure-named\">{await KilledAsync(incidentId)} killed reported, 1 named.</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/persons/{id}\" dir=\"auto\">Arman Bahrami</a>", html, StringComparison.Ordinal);
        using var viewerPage = await viewer.GetAsync($"/incidents/{incidentId}");
        if (viewerPage.StatusCode == HttpStatusCode.OK)
        {
            Assert.DoesNotContain($"/persons/{id}", await viewerPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task In_Persian_the_list_and_page_show_fates_ages_and_dates_in_the_interface_language()
    {
        var id = await PersonAsync("Arman Bahrami");
        var editor = await _factory.ClientAsync("editor");
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fa-IR,fa;q=0.9");

        var list = await editor.GetStringAsync("/persons?age=child");
        var page = await editor.GetStringAsync($"/persons/{id}");

        Assert.Contains("<td class=\"num\">۱۶</td>", list, StringComparison.Ordinal);
        Assert.Contains("کودکان (زیر ۱۸ سال)", list, StringComparison.Ordinal);
        Assert.Contains("<tr><td>کشته</td>", page, StringComparison.Ordinal);
    }

    private async Task<List<Guid>> ListedAsync(HttpClient client, string query)
    {
        var html = await client.GetStringAsync("/persons" + query);
        return [.. System.Text.RegularExpressions.Regex.Matches(html, "<td dir=\"auto\"><a href=\"/persons/([0-9a-f-]{36})\">").Select(m => Guid.Parse(m.Groups[1].Value))];
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await VigilWebFactory.TokenAsync(client, "/account/tokens");
        return await client.PostAsync($"/persons/{id}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private async Task<Guid> PersonAsync(string name)
    {
        await Seed.IncidentAsync(_factory, Text, "person pages test", "HRANA");
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        return await db.Persons.AsNoTracking().Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    private async Task<(string ReportId, Guid IncidentId)> MentionOfAsync(Guid person)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var mention = await db.PersonMentions.AsNoTracking().SingleAsync(m => m.PersonId == person);
        var incident = await db.Mentions.AsNoTracking().Where(m => m.Id == mention.MentionId).Select(m => m.IncidentId).SingleAsync();
        return (mention.ReportId, incident!.Value);
    }

    private async Task<string> KilledAsync(Guid incident)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var i = await db.Incidents.AsNoTracking().SingleAsync(x => x.Id == incident);
        return Vigil.Web.Incidents.Figures.Range(i.KilledMin, i.KilledMax);
    }

    private async Task<List<string>> ActionsAsync(Guid person, string actor, Func<string, bool> which)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var subject = person.ToString();
        var actions = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == "person" && e.SubjectId == subject && e.Actor == actor).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        return [.. actions.Where(which)];
    }
}
