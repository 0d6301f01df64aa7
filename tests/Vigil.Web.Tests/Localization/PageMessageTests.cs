namespace Vigil.Web.Tests.Localization;

/// <summary>Messages the page models write (errors, notices, outcomes) reach the reader in the reader's language.</summary>
public sealed class PageMessageTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public PageMessageTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task A_date_range_the_wrong_way_round_is_refused_in_Persian_for_a_Persian_reader()
    {
        var editor = await _factory.ClientAsync("editor");

        var english = await editor.GetStringAsync("/persons?from=2022-10-02&to=2022-10-01");
        var persian = await PersianAsync(editor, "/persons?from=2022-10-02&to=2022-10-01");

        Assert.Contains("To is before From.", english);
        Assert.Contains("تاریخ «تا» پیش از «از» است.", persian);
        Assert.DoesNotContain("To is before From.", persian);
    }

    [Fact]
    public async Task The_review_outcome_is_told_in_Persian_for_a_Persian_reader()
    {
        var editor = await _factory.ClientAsync("editor");

        Assert.Contains("Marked as disputed.", await editor.GetStringAsync("/review?done=disputed"));
        Assert.Contains("مورد اختلاف علامت خورد.", await PersianAsync(editor, "/review?done=disputed"));
    }

    [Fact]
    public async Task A_submission_with_neither_text_nor_file_is_refused_in_Persian_for_a_Persian_reader()
    {
        var contributor = await _factory.ClientAsync("contributor");
        var token = await VigilWebFactory.TokenAsync(contributor, "/submit");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/submit")
        {
            Content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("x"), "Source" } },
        };
        request.Headers.AcceptLanguage.ParseAdd("fa");

        var html = await (await contributor.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("متن گزارش را بچسبانید یا یک پرونده برگزینید (یکی از این دو).", html);
    }

    private static async Task<string> PersianAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("fa");
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }
}
