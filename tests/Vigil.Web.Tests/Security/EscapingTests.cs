using System.Net;

namespace Vigil.Web.Tests.Security;

/// <summary>Report text and every field are rendered escaped; the headers forbid outside origins and inline script.</summary>
public sealed class EscapingTests : IClassFixture<VigilWebFactory>
{
    private const string Hostile = """
        <script>alert('pwned')</script> Security forces arrested 40 students in Tehran on 2022-10-02. <img src=x onerror="alert(1)">
        """;

    private readonly VigilWebFactory _factory;

    public EscapingTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task A_report_holding_script_and_onerror_stays_inert_on_every_page()
    {
        var id = await Seed.SubmitAsync(_factory, Hostile, title: "<script>alert('title')</script>", source: "<b onmouseover=alert(2)>Outlet</b>");
        var client = await _factory.ClientAsync("admin");
        foreach (var path in new[] { $"/reports/{id}", "/reports", "/incidents", "/sources", "/" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b onmouseover", html, StringComparison.OrdinalIgnoreCase);
        }

        var report = await client.GetStringAsync($"/reports/{id}");
        Assert.Contains("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;", report);
        Assert.Contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;", report);
        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;", report);
    }

    [Fact]
    public async Task Every_response_carries_a_policy_that_allows_no_outside_origin()
    {
        var client = await _factory.ClientAsync("viewer");
        foreach (var path in new[] { "/", "/account/signin", "/api/v1/reports", "/css/site.css", "/nowhere" })
        {
            using var response = await client.GetAsync(path);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self';", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("http", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        await Seed.ReportWithEvidenceAsync(_factory);
        var client = await _factory.ClientAsync("admin");
        foreach (var path in new[] { "/", "/reports", "/incidents", "/submit", "/users", "/audit" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotContain(" style=", html);
            Assert.DoesNotContain("<style", html);
        }
    }

    [Fact]
    public async Task Evidence_downloads_as_an_attachment_never_rendered()
    {
        var id = await Seed.ReportWithEvidenceAsync(_factory);
        var client = await _factory.ClientAsync("editor");
        var html = await client.GetStringAsync($"/reports/{id}");
        var evidence = System.Text.RegularExpressions.Regex.Match(html, "/api/v1/evidence/([0-9a-f]{64})/content").Groups[1].Value;
        using var response = await client.GetAsync($"/api/v1/evidence/{evidence}/content");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Seed.Png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused()
    {
        var client = await _factory.ClientAsync("contributor");
        var token = await VigilWebFactory.TokenAsync(client, "/submit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[250_000]), "ReportFile", "big.txt" },
        };
        var html = await (await client.PostAsync("/submit", form)).Content.ReadAsStringAsync();
        Assert.Contains("A report may have at most", html);

        using var api = await client.PostAsync("/api/v1/reports", System.Net.Http.Json.JsonContent.Create(new { text = new string('a', 250_000) }));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        var client = await _factory.ClientAsync("admin");
        using var response = await client.PostAsync("/users?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "mallory", ["role"] = "admin" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
