using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;

namespace Vigil.Web.Tests.Reports;

/// <summary>The reports list counts ten pages ahead, as the incident lists do, and its last page exactly.</summary>
public sealed class ReportsCountTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public ReportsCountTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task A_long_list_is_counted_ten_pages_ahead_and_its_last_page_exactly()
    {
        // Rows written directly: the list reads rows, and 600 submissions through the pipeline would take minutes.
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            for (var i = 0; i < 600; i++)
            {
                var body = $"Counted report {i}.";
                db.Reports.Add(new Report
                {
                    Id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body))),
                    FileName = $"counted-{i}.txt",
                    Format = "text",
                    Title = $"Counted report {i:000}",
                    Body = body,
                    Published = new DateOnly(1999, 1, 1).AddDays(i % 7),
                    IngestedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
                });
            }

            await db.SaveChangesAsync();
        }

        var client = await _factory.ClientAsync("editor");
        var total = 0;
        using (var scope = _factory.Services.CreateScope())
        {
            total = scope.ServiceProvider.GetRequiredService<VigilDbContext>().Reports.Count();
        }

        Assert.Contains("<p class=\"count\">more than 500 reports</p>", await client.GetStringAsync("/reports"));
        var last = (total + 49) / 50;
        var lastPage = await client.GetStringAsync($"/reports?page={last}");
        Assert.Contains($"<p class=\"count\">{total:N0} reports</p>", lastPage);
        Assert.Contains($"page {last} of {last}", lastPage);

        // Newest published first, then newest ingested: the oldest of these reports ends the list.
        Assert.Contains("Counted report 000", lastPage);
    }
}
