using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Core.Extraction;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Ingest;

namespace Vigil.Web.Tests.Browser;

/// <summary>The real app on a loopback port (Kestrel) with the bundled samples ingested, and headless Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;

    public VigilWebFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The gitignored folder screenshots go to: REPO/screenshots.</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryRoot(), "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            return;
        }

        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        await IngestSamplesAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = Flags });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await Factory.DisposeAsync();
    }

    /// <summary>A fresh browser context (its language <paramref name="locale"/>, sent as Accept-Language) and page signed in as the user of <paramref name="role"/>; console errors (a CSP violation, a missing asset) are collected.</summary>
    public async Task<(IPage Page, List<string> Errors)> SignInAsync(string role, int width = 1440, int height = 900, string locale = "en-GB")
    {
        var name = await Factory.UserAsync(role);
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, Locale = locale });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add("request failed: " + request.Url);
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#Name", name);
        await page.FillAsync("#Password", VigilWebFactory.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (page, errors);
    }

    private async Task IngestSamplesAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var ingest = new IngestFiles(services.GetRequiredService<VigilDbContext>(), services.GetRequiredService<BlobStore>(), TimeProvider.System,
            new IngestOptions { Pipeline = services.GetRequiredService<ExtractionPipeline>() });
        await ingest.RunAsync([Path.Combine(RepositoryRoot(), "samples")], "test");

        // A few located mentions more than the samples give, of the same shape ingest stores, so the map's
        // shading and points have something to draw in several provinces; then clustered like ingest does.
        var db = services.GetRequiredService<VigilDbContext>();
        var report = db.Reports.OrderBy(r => r.Id).First();
        var ordinal = db.Mentions.Where(m => m.ReportId == report.Id).Select(m => (int?)m.Ordinal).Max() ?? -1;
        (string Place, string Province, double Lat, double Lon, string Type, string Date)[] located =
        [
            ("Tehran", "Tehran", 35.6944, 51.4215, "protest", "2022-09-21"),
            ("Tehran", "Tehran", 35.6944, 51.4215, "arrest", "2022-09-22"),
            ("Zahedan", "Sistan and Baluchestan", 29.4963, 60.8629, "killing", "2022-09-30"),
            ("Sanandaj", "Kurdistan", 35.3113, 46.9960, "protest", "2022-10-08"),
            ("Mashhad", "Razavi Khorasan", 36.2980, 59.6057, "protest", "2022-10-12"),
        ];
        foreach (var p in located)
        {
            var day = DateOnly.Parse(p.Date, System.Globalization.CultureInfo.InvariantCulture);
            db.Mentions.Add(new Vigil.Storage.Mentions.Mention
            {
                Id = Guid.CreateVersion7(), ReportId = report.Id, Ordinal = ++ordinal, Type = p.Type, Date = p.Date, DateFrom = day, DateTo = day,
                Place = p.Place, Admin1 = p.Province, Country = "IR", Latitude = p.Lat, Longitude = p.Lon, GeoPrecision = "city", Confidence = 0.5,
            });
        }

        await db.SaveChangesAsync();
        await new Vigil.Storage.Incidents.ClusterIncidents(db, TimeProvider.System).RebuildAsync("test");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Vigil.slnx not found above the test binaries");
    }
}
