namespace Vigil.Web.Tests.Reports;

/// <summary>The reports list pages through its reports with ?page=N.</summary>
public sealed class ReportsPagingTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public ReportsPagingTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task The_second_page_shows_the_report_that_does_not_fit_on_the_first()
    {
        for (var i = 0; i < 51; i++)
        {
            await Seed.SubmitAsync(_factory, $"Workers of factory number {i} gathered outside its gates on Monday.", title: $"Paging report {i:00}", published: new DateOnly(2022, 1, 1).AddDays(i));
        }

        var client = await _factory.ClientAsync("editor");
        var first = await client.GetStringAsync("/reports");
        var second = await client.GetStringAsync("/reports?page=2");

        Assert.Contains("page 1 of 2", first);
        Assert.Contains("page 2 of 2", second);
        var onFirst = Enumerable.Range(0, 51).Count(i => first.Contains($"Paging report {i:00}", StringComparison.Ordinal));
        var onSecond = Enumerable.Range(0, 51).Where(i => second.Contains($"Paging report {i:00}", StringComparison.Ordinal)).ToList();
        Assert.Equal(50, onFirst);
        Assert.Single(onSecond);
    }
}
