using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Web.Submissions;

namespace Vigil.Web.Tests;

/// <summary>Reports stored through the same operation the submit page uses.</summary>
internal static class Seed
{
    public const string Text = """
        Security forces opened fire on protesters in Zahedan on 30 September 2022, killing at least 66 people, Amnesty International said.

        "We will not stay silent," a local cleric told the crowd.
        """;

    // A 1×1 PNG.
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<VigilWebFactory, string> Seeded = [];

    public static async Task<string> ReportWithEvidenceAsync(VigilWebFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            if (Seeded.TryGetValue(factory, out var id))
            {
                return id;
            }

            id = await SubmitAsync(factory, Text, "Zahedan report", "Test Outlet", new DateOnly(2022, 10, 1), evidence: true);
            Seeded[factory] = id;
            return id;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Submits <paramref name="text"/> (once per factory and title) and returns the incident of its first mention.</summary>
    public static async Task<Guid> IncidentAsync(VigilWebFactory factory, string text, string title, string? source = null)
    {
        await Gate.WaitAsync();
        try
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Vigil.Storage.Database.VigilDbContext>();
            var existing = db.Reports.Where(r => r.Title == title).Select(r => r.Id).FirstOrDefault();
            var id = existing ?? await SubmitAsync(factory, text, title, source, new DateOnly(2022, 11, 16));
            return db.Mentions.Where(m => m.ReportId == id).OrderBy(m => m.Ordinal).Select(m => m.IncidentId).First()!.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<string> SubmitAsync(VigilWebFactory factory, string text, string? title = null, string? source = null, DateOnly? published = null, bool evidence = false)
    {
        _ = factory.Services;
        using var scope = factory.Services.CreateScope();
        var submit = scope.ServiceProvider.GetRequiredService<SubmitReport>();
        var request = new SubmitRequest
        {
            Text = text,
            Title = title,
            Source = source,
            Published = published,
            Evidence = evidence ? [new SubmittedFile("photo.png", new MemoryStream(Png))] : [],
        };
        var (_, id) = await submit.RunAsync(request, "test");
        return id!;
    }
}
