using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Persons;

namespace Vigil.Web.Tests.Persons;

/// <summary>
/// Reviewing a person on its page: a review click is audited once (as the review, not also as a read), and an editor's
/// value, a merge and a split go through the audited operations the CLI uses. Its own app: these tests change persons.
/// </summary>
public sealed class PersonReviewPageTests : IClassFixture<VigilWebFactory>
{
    private const string Text = """
        Security forces shot dead Arman Bahrami, 16, in Zahedan on 30 September 2022.

        Dariush Karimzadeh was arrested in Tehran on 20 October 2022.
        """;

    private readonly VigilWebFactory _factory;

    public PersonReviewPageTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task A_review_click_is_audited_as_the_review_only_and_the_next_plain_read_is_a_read()
    {
        var id = await PersonAsync("Dariush Karimzadeh");
        var editor = await _factory.ClientAsync("editor");
        using (var first = await editor.GetAsync($"/persons/{id}"))
        {
            Assert.True(first.IsSuccessStatusCode, string.Join("\n", _factory.Logs.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(l => l.Message)));
        }

        var reads = (await ActionsAsync(id, "web:editor-user", a => a == PersonPayload.ReadAction)).Count;

        using var disputed = await PostAsync(editor, id, "status", new() { ["status"] = "disputed" });
        Assert.True(disputed.StatusCode == HttpStatusCode.Redirect, string.Join("\n", _factory.Logs.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(l => l.Message)));
        using var outcomeResponse = await editor.GetAsync(disputed.Headers.Location!.OriginalString);
        Assert.True(outcomeResponse.IsSuccessStatusCode, string.Join("\n", _factory.Logs.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(l => l.Message)));
        var outcome = await outcomeResponse.Content.ReadAsStringAsync();

        Assert.Contains("Marked as disputed.", outcome, StringComparison.Ordinal);
        Assert.Equal(reads, (await ActionsAsync(id, "web:editor-user", a => a == PersonPayload.ReadAction)).Count);
        Assert.Equal("person.disputed", (await ActionsAsync(id, "web:editor-user", a => a != PersonPayload.ReadAction))[^1]);

        await editor.GetStringAsync($"/persons/{id}?done=disputed"); // the outcome address typed again is a read
        Assert.Equal(reads + 1, (await ActionsAsync(id, "web:editor-user", a => a == PersonPayload.ReadAction)).Count);
    }

    [Fact]
    public async Task Editors_edit_merge_and_split_on_the_page_through_the_audited_operations_and_viewers_get_403()
    {
        await Seed.IncidentAsync(_factory, "Security forces shot dead Nima Sadeghi, 19, in Mashhad on 21 October 2022.\n\nOmid Rostami was arrested in Karaj on 3 November 2022.", "person forms test", "HRANA");
        var (nima, omid) = (await IdNamedAsync("Nima Sadeghi"), await IdNamedAsync("Omid Rostami"));
        var editor = await _factory.ClientAsync("editor");
        var viewer = await _factory.ClientAsync("viewer");
        foreach (var (handler, fields) in new[] { ("edit", new Dictionary<string, string> { ["field"] = "age", ["value"] = "20" }), ("merge", new() { ["other"] = omid.ToString() }), ("split", new() { ["mentions"] = Guid.Empty.ToString() }) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(viewer, nima, handler, fields)).StatusCode);
        }

        using (var bad = await PostAsync(editor, nima, "edit", new() { ["field"] = "age", ["value"] = "twenty" }))
        {
            Assert.Contains("age: not a whole number of years between 0 and 120", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var edited = await PostAsync(editor, nima, "edit", new() { ["field"] = "age", ["value"] = "20" }))
        {
            var page = await editor.GetStringAsync(edited.Headers.Location!.OriginalString);
            Assert.Contains("Editor&#x27;s value saved beside the machine&#x27;s.", page, StringComparison.Ordinal);
            Assert.Contains("<div>19 <span class=\"hint\" dir=\"auto\">(according to HRANA)</span></div>", page, StringComparison.Ordinal);
            Assert.Contains("<span class=\"edited\">20</span>", page, StringComparison.Ordinal);
        }

        using (var merged = await PostAsync(editor, nima, "merge", new() { ["other"] = omid.ToString("N")[^12..] }))
        {
            Assert.Equal($"/persons/{nima}?done=merged", merged.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/persons/{omid}")).StatusCode);
        var mentions = await MentionsOfAsync(nima);
        Assert.Equal(2, mentions.Count);

        Guid created;
        using (var split = await PostAsync(editor, nima, "split", new() { ["mentions"] = mentions[1].ToString() }))
        {
            created = Guid.Parse(split.Headers.Location!.OriginalString.Split('/', '?')[2]);
        }

        Assert.Equal([mentions[0]], await MentionsOfAsync(nima));
        Assert.Equal([mentions[1]], await MentionsOfAsync(created));
        Assert.Equal(["person.edited", "person.merged"], (await ActionsAsync(nima, "web:editor-user", a => a != PersonPayload.ReadAction))[..2]);
        Assert.Contains("person.split", await ActionsAsync(nima, "web:editor-user", a => a != PersonPayload.ReadAction));
        Assert.Equal(["person.created"], await ActionsAsync(created, "web:editor-user", a => a != PersonPayload.ReadAction));
        Assert.DoesNotContain(_factory.Logs, l => l.Message.Contains("Sadeghi", StringComparison.Ordinal) || l.Message.Contains("Rostami", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refusals_of_a_persons_edit_and_merge_reach_a_Persian_editor_in_Persian()
    {
        var id = await PersonAsync("Arman Bahrami");
        var editor = await _factory.ClientAsync("editor");

        var age = await PostTextAsync(editor, id, "edit", new() { ["field"] = "age", ["value"] = "sixteen" }, "fa");
        var merge = await PostTextAsync(editor, id, "merge", new() { ["other"] = id.ToString() }, "fa");
        var unknown = await PostTextAsync(editor, id, "merge", new() { ["other"] = "0000deadbeef" }, "fa");
        var english = await PostTextAsync(editor, id, "edit", new() { ["field"] = "age", ["value"] = "sixteen" }, "en");

        Assert.Contains("سن: عدد درستی از ۰ تا ۱۲۰ سال نیست", age, StringComparison.Ordinal);
        Assert.Contains("یک فرد را نمی‌توان با خودش ادغام کرد", merge, StringComparison.Ordinal);
        Assert.Contains("فرد دیگر: فردی با پایان 0000deadbeef پیدا نشد", unknown, StringComparison.Ordinal);
        Assert.Contains("age: not a whole number of years between 0 and 120", english, StringComparison.Ordinal);
        Assert.DoesNotContain("not a whole number", age, StringComparison.Ordinal);
    }

    private async Task<Guid> PersonAsync(string name)
    {
        await Seed.IncidentAsync(_factory, Text, "person review page test", "HRANA");
        return await IdNamedAsync(name);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await VigilWebFactory.TokenAsync(client, "/account/tokens");
        return await client.PostAsync($"/persons/{id}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static async Task<string> PostTextAsync(HttpClient client, Guid id, string handler, Dictionary<string, string> fields, string language)
    {
        fields["__RequestVerificationToken"] = await VigilWebFactory.TokenAsync(client, "/account/tokens");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/persons/{id}?handler={handler}") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

        private async Task<Guid> IdNamedAsync(string name)
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VigilDbContext>().Persons.AsNoTracking().Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    private async Task<List<Guid>> MentionsOfAsync(Guid person)
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VigilDbContext>().PersonMentions.AsNoTracking().Where(m => m.PersonId == person).OrderBy(m => m.Ordinal).Select(m => m.Id).ToListAsync();
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
