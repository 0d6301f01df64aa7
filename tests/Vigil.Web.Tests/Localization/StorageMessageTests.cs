using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Localization;

/// <summary>
/// What Storage and Core refuse (an edit, a file, a password) reaches a Persian reader in Persian: the message's template
/// is translated and its values put in, never English built in Storage.
/// </summary>
public sealed partial class StorageMessageTests(VigilWebFactory factory) : IClassFixture<VigilWebFactory>
{
    [Fact]
    public async Task A_refused_edit_names_the_field_and_the_problem_in_Persian()
    {
        var id = await Seed.IncidentAsync(factory, "Security forces arrested 14 workers in Ahvaz on 2022-10-03.", "Ahvaz edit");
        var editor = await factory.ClientAsync("editor");

        var persian = await PostAsync(editor, $"/review?id={id}", "edit", new() { ["id"] = id.ToString(), ["field"] = "killed", ["value"] = "12x" }, "fa");
        var english = await PostAsync(editor, $"/review?id={id}", "edit", new() { ["id"] = id.ToString(), ["field"] = "killed", ["value"] = "12x" }, "en");

        Assert.Contains("کشته: «12x» رقم نیست (N، N-M یا N+)", persian);
        Assert.Contains("killed: '12x' is not a figure (N, N-M or N+)", english);
    }

    [Fact]
    public async Task An_editor_may_set_a_date_in_the_Solar_calendar_and_it_is_stored_Gregorian()
    {
        var id = await Seed.IncidentAsync(factory, "Security forces arrested 6 students in Qazvin on 2022-10-04.", "Qazvin edit");
        var editor = await factory.ClientAsync("editor");

        using var response = await PostResponseAsync(editor, $"/review?id={id}", "edit", new() { ["id"] = id.ToString(), ["field"] = "date", ["value"] = "۱۴۰۱/۰۷/۱۱" }, "fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Contains("\"date\":\"2022-10-03\"", await db.Incidents.Where(i => i.Id == id).Select(i => i.OverridesJson).SingleAsync());
    }

    [Fact]
    public async Task A_merge_into_an_unknown_incident_is_refused_in_Persian()
    {
        var id = await Seed.IncidentAsync(factory, "Security forces arrested 8 nurses in Kerman on 2022-10-05.", "Kerman merge");
        var editor = await factory.ClientAsync("editor");

        var persian = await PostAsync(editor, $"/review?id={id}", "merge", new() { ["id"] = id.ToString(), ["into"] = "0000deadbeef" }, "fa");

        Assert.Contains("ادغام: رویدادی با پایان 0000deadbeef پیدا نشد", persian);
    }

    [Fact]
    public async Task A_report_file_that_cannot_be_read_is_told_in_Persian_on_the_submit_page()
    {
        var contributor = await factory.ClientAsync("contributor");
        var token = await VigilWebFactory.TokenAsync(contributor, "/submit");
        var file = new ByteArrayContent("not\0text"u8.ToArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/submit")
        {
            Content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "ReportFile", "binary.txt" } },
        };
        request.Headers.AcceptLanguage.ParseAdd("fa");

        var html = WebUtility.HtmlDecode(await (await contributor.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("گزارش: ناموفق — محتوای دودویی (بایت‌های NUL)، نه گزارش متنی", html);
    }

    [Fact]
    public async Task A_stored_reports_note_counts_in_Persian_words_and_digits()
    {
        var contributor = await factory.ClientAsync("contributor");
        var token = await VigilWebFactory.TokenAsync(contributor, "/submit");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/submit")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("Security forces arrested 11 teachers in Ilam on 2022-10-06."), "Text" },
            },
        };
        request.Headers.AcceptLanguage.ParseAdd("fa");

        var html = WebUtility.HtmlDecode(await (await contributor.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("گزارش: ذخیره شد — ۱ رویداد، ۰ بیانیه", html);
    }

    [Fact]
    public async Task An_Arabic_report_says_in_Persian_that_its_language_has_no_pack()
    {
        var contributor = await factory.ClientAsync("contributor");
        var token = await VigilWebFactory.TokenAsync(contributor, "/submit");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/submit")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("اعتقلت قوات الأمن عشرة متظاهرين في مدينة مشهد يوم الاثنين، وقالت منظمة حقوقية إن الاحتجاجات مستمرة."), "Text" },
            },
        };
        request.Headers.AcceptLanguage.ParseAdd("fa");

        var html = WebUtility.HtmlDecode(await (await contributor.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("گزارش: ذخیره شد — ۰ رویداد، ۰ بیانیه (چیزی استخراج نشد: برای زبان ar بستهٔ زبانی نیست)", html);
    }

    [Fact]
    public async Task A_password_too_short_is_refused_in_Persian()
    {
        var viewer = await factory.ClientAsync("viewer");

        var persian = await PostAsync(viewer, "/account/password", null, new() { ["Current"] = VigilWebFactory.Password, ["Next"] = "short", ["Repeat"] = "short" }, "fa");

        Assert.Contains("گذرواژهٔ تازه: گذرواژه دست‌کم ۱۲ نویسه لازم دارد", persian);
        Assert.Contains("گذرواژهٔ تازه (دست‌کم ۱۲ نویسه)", persian);
    }

    [Fact]
    public void Every_translation_uses_only_the_holes_of_its_English_template()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Vigil.slnx")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var entries = XDocument.Load(Path.Combine(root, "src", "Vigil.Web", "Localization", "Strings.fa.resx")).Root!.Elements("data")
            .Select(d => (Key: (string)d.Attribute("name")!, Value: (string)d.Element("value")!));
        var wrong = entries
            .Where(e => !Holes(e.Value).IsSubsetOf(Holes(e.Key)))
            .Select(e => e.Key)
            .ToList();

        Assert.Empty(wrong);
    }

    private static HashSet<string> Holes(string text) => [.. Hole().Matches(text.Replace("{{", string.Empty).Replace("}}", string.Empty)).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Hole();

    private static async Task<string> PostAsync(HttpClient client, string page, string? handler, Dictionary<string, string> form, string language)
    {
        using var response = await PostResponseAsync(client, page, handler, form, language);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostResponseAsync(HttpClient client, string page, string? handler, Dictionary<string, string> form, string language)
    {
        form["__RequestVerificationToken"] = await VigilWebFactory.TokenAsync(client, page);
        var path = page.Split('?')[0];
        var request = new HttpRequestMessage(HttpMethod.Post, handler is null ? path : $"{path}?handler={handler}") { Content = new FormUrlEncodedContent(form) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }
}
