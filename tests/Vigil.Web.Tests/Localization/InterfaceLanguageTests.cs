using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Vigil.Web.Tests.Localization;

public sealed partial class InterfaceLanguageTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public InterfaceLanguageTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Speaks_English_left_to_right_without_a_preference()
    {
        var client = await _factory.ClientAsync("viewer");
        var html = await client.GetStringAsync("/incidents");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html);
        Assert.Contains(">Incidents</a>", html);
        Assert.Contains("<th>Province</th>", html);
    }

    [Fact]
    public async Task Speaks_Persian_right_to_left_when_the_browser_asks_for_it()
    {
        var client = await _factory.ClientAsync("viewer");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/incidents");
        request.Headers.AcceptLanguage.ParseAdd("fa-IR,fa;q=0.9,en;q=0.5");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fa\" dir=\"rtl\">", html);
        Assert.Contains(">رویدادها</a>", html);
        Assert.Contains("<th>استان</th>", html);
        Assert.DoesNotContain(">Incidents</a>", html);
    }

    [Fact]
    public async Task An_unspoken_language_first_in_Accept_Language_falls_to_the_next_one_spoken()
    {
        var client = await _factory.ClientAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        request.Headers.AcceptLanguage.ParseAdd("de-DE,fa;q=0.8,en;q=0.7");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("dir=\"rtl\"", html);
        Assert.Contains("نام کاربری", html);
    }

    [Fact]
    public async Task The_users_own_setting_wins_over_the_browser_and_is_kept_on_the_user()
    {
        var client = await _factory.ClientAsync("editor");
        var token = await VigilWebFactory.TokenAsync(client, "/account/settings");
        var saved = await client.PostAsync("/account/settings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Language"] = "fa",
            ["Calendar"] = "gregorian",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/settings");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("dir=\"rtl\"", html);
        Assert.Contains("<option value=\"gregorian\" selected=\"selected\">میلادی</option>", html);

        // A new session (another browser) gets the same language from the user row.
        var other = await _factory.ClientAsync("editor");
        Assert.Contains("dir=\"rtl\"", await other.GetStringAsync("/"));

        // Back to automatic: English again for this English browser.
        token = await VigilWebFactory.TokenAsync(client, "/account/settings");
        await client.PostAsync("/account/settings", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Language"] = "", ["Calendar"] = "" }));
        Assert.Contains("dir=\"ltr\"", await client.GetStringAsync("/account/settings"));
    }

    [Fact]
    public async Task A_setting_outside_the_lists_is_refused_naming_the_field()
    {
        var client = await _factory.ClientAsync("viewer");
        var token = await VigilWebFactory.TokenAsync(client, "/account/settings");
        var response = await client.PostAsync("/account/settings", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Language"] = "de",
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("language: &#x27;de&#x27; is not one of en, fa.", html);
    }

    [Fact]
    public async Task Someone_not_signed_in_chooses_the_language_with_the_footer_switch()
    {
        var client = await _factory.ClientAsync(null);
        var token = await VigilWebFactory.TokenAsync(client, "/account/signin");
        var switched = await client.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["language"] = "fa",
            ["returnUrl"] = "/account/signin",
        }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/signin", switched.Headers.Location!.OriginalString);
        var html = await client.GetStringAsync("/account/signin");
        Assert.Contains("dir=\"rtl\"", html);
        Assert.Contains(">English</button>", html);

        // Another site as the return address is not followed.
        token = await VigilWebFactory.TokenAsync(client, "/account/signin");
        var away = await client.PostAsync("/account/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["language"] = "en", ["returnUrl"] = "https://example.org/" }));
        Assert.Equal("/", away.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Every_string_the_pages_translate_has_a_Persian_translation()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Vigil.slnx")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        var web = Path.Combine(root, "src", "Vigil.Web");
        var persian = XDocument.Load(Path.Combine(web, "Localization", "Strings.fa.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
        // The pages and their page models (whose messages, notices and errors are shown to users).
        var missing = Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml*", SearchOption.AllDirectories)
            .SelectMany(file => Key().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: Regex.Unescape(m.Groups[1].Value))))
            .Where(k => !persian.ContainsKey(k.Key) && !persian.ContainsKey(char.ToUpperInvariant(k.Key[0]) + k.Key[1..]))
            .Select(k => $"{k.File}: {k.Key}")
            .Distinct()
            .ToList();
        Assert.Empty(missing);
        Assert.All(persian, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), p.Key));
    }

    [GeneratedRegex("(?<![\\w.])[lL]\\[\"((?:[^\"\\\\]|\\\\.)+)\"")]
    private static partial Regex Key();
}
