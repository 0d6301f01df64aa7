using Microsoft.Playwright;

namespace Vigil.Web.Tests.Browser;

/// <summary>The documenter's path of <see cref="BrowserTests"/> once more in a Persian browser: right to left, Persian labels, Solar Hijri dates.</summary>
public sealed class PersianBrowserTests : IClassFixture<BrowserFixture>
{
    private const string Report = """
        Security forces arrested 35 students at Sharif University in Tehran on 2022-10-02, witnesses said.
        «ما تا آخر ایستاده‌ایم» یکی از دانشجویان گفت.
        """;

    private readonly BrowserFixture _fixture;

    public PersianBrowserTests(BrowserFixture fixture) => _fixture = fixture;

    [BrowserFact]
    public async Task A_Persian_browser_gets_the_mirrored_Persian_interface_with_Solar_Hijri_dates_through_the_whole_path()
    {
        var (page, errors) = await _fixture.SignInAsync("editor", locale: "fa-IR");
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);

        // The page reads right to left: the document direction, and the brand at the right edge of the header.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fa");
        await Assertions.Expect(page.Locator("header nav")).ToContainTextAsync("رویدادها");
        var brand = (await page.Locator("header .brand").BoundingBoxAsync())!;
        Assert.True(brand.X > 1440 / 2, $"the brand is at x={brand.X}, not on the right");

        // Submit (the date typed in the Solar calendar), then the report and its incident in Persian.
        await page.GotoAsync("/submit");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("ارسال گزارش");
        await page.FillAsync("#Title", "Arrests at Sharif University (fa)");
        await page.FillAsync("#Source", "Browser Test Agency");
        await page.FillAsync("#Text", Report);

        // The publication date from the Solar month grid: it opens on the month in the box, moves by month, and a day
        // picked goes into the box in Persian digits. Mehr 1401 begins on a Friday: six empty cells in a week from Saturday.
        await page.FillAsync("#Published", "۱۴۰۱/۰۷/۰۱");
        await page.ClickAsync(".solar-date-toggle");
        await Assertions.Expect(page.Locator(".solar-picker-title")).ToHaveTextAsync("مهر ۱۴۰۱");
        await Assertions.Expect(page.Locator(".solar-picker-grid thead th").First).ToHaveTextAsync("ش");
        await Assertions.Expect(page.Locator(".solar-picker-grid tbody tr").First.Locator("td:not(:has(button))")).ToHaveCountAsync(6);
        await page.ClickAsync(".solar-picker-next");
        await Assertions.Expect(page.Locator(".solar-picker-title")).ToHaveTextAsync("آبان ۱۴۰۱");
        await page.ClickAsync(".solar-picker-previous");
        await Assertions.Expect(page.Locator(".solar-picker-day")).ToHaveCountAsync(30);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "submit-solar-picker-fa.png") });
        await page.ClickAsync(".solar-picker-day[data-day='10']");
        await Assertions.Expect(page.Locator("#Published")).ToHaveValueAsync("۱۴۰۱/۰۷/۱۰");
        await Assertions.Expect(page.Locator(".solar-picker")).ToBeHiddenAsync();

        // An impossible day is refused naming the field and the month; the box keeps it to be mended.
        await page.FillAsync("#Published", "۱۴۰۱/۱۲/۳۱");
        await page.ClickAsync("form.submit button[type=submit]");
        await Assertions.Expect(page.Locator("ul.problem")).ToContainTextAsync("تاریخ انتشار: روز ۳۱ در اسفند ۱۴۰۱ وجود ندارد: این ماه ۲۹ روز دارد.");
        await Assertions.Expect(page.Locator("#Published")).ToHaveValueAsync("۱۴۰۱/۱۲/۳۱");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "submit-solar-error-fa.png") });
        await page.FillAsync("#Published", "۱۴۰۱/۰۷/۱۰");
        await page.ClickAsync("form.submit button[type=submit]");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Arrests at Sharif University (fa)" })).ToContainTextAsync("۱۰ مهر ۱۴۰۱");
        await page.ClickAsync("#stored-report");
        await Assertions.Expect(page.Locator("ol.mentions li").First).ToContainTextAsync("بازداشت");
        await Assertions.Expect(page.Locator("ol.mentions li").First).ToContainTextAsync("۱۰ مهر ۱۴۰۱");

        await page.ClickAsync("ol.mentions li a");
        await Assertions.Expect(page.Locator("h1 .status")).ToHaveTextAsync("بازبینی‌نشده");
        await Assertions.Expect(page.Locator("#fields")).ToContainTextAsync("۱۰ مهر ۱۴۰۱");
        await Assertions.Expect(page.Locator("#fields th").First).ToHaveTextAsync("فیلد");
        await Assertions.Expect(page.Locator("#corroboration")).ToContainTextAsync("۱ منبع مستقل");
        var incidentUrl = page.Url;
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "incident-fa.png"), FullPage = true });

        // The incident list: Persian headings, the Solar date, and a filter typed in the Solar calendar in Persian digits.
        await page.GotoAsync("/incidents");
        await page.FillAsync("input[name=q]", "Sharif");
        await page.FillAsync("input[name=from]", "۱۴۰۱/۰۷/۱۰");
        await page.FillAsync("input[name=to]", "1401-07-10");
        await page.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(page.Locator("#incidents thead")).ToContainTextAsync("استان");
        await Assertions.Expect(page.Locator("#incidents tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#incidents tbody tr").First).ToContainTextAsync("۱۰ مهر ۱۴۰۱");
        await Assertions.Expect(page.Locator("input[name=from]")).ToHaveValueAsync("۱۴۰۱/۰۷/۱۰");
        Assert.EndsWith(new Uri(incidentUrl).AbsolutePath, await page.Locator("#incidents tbody tr a").First.GetAttributeAsync("href"));
        await page.FillAsync("input[name=from]", "1401-07-11");
        await page.FillAsync("input[name=to]", "");
        await page.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(page.Locator("#incidents tbody tr")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("p.count")).ToHaveTextAsync("۰ رویدادها");
        await Assertions.Expect(page.Locator("p.problem")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "incidents-fa.png"), FullPage = true });

        // The dashboard in Persian, its map and timeline drawn.
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("داشبورد");
        await Assertions.Expect(page.Locator("#map[data-ready=true] path.leaflet-interactive").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#timeline[data-ready=true]")).ToBeVisibleAsync();
        // The words the script draws are Persian, and so are the timeline's periods (months here: the fixture spans over three
        // years; Solar Hijri months for this Solar reader), in Persian digits.
        await Assertions.Expect(page.Locator("#map-legend")).ToContainTextAsync("رویدادها در هر استان:");
        await Assertions.Expect(page.Locator("#map-legend")).Not.ToContainTextAsync("Incidents");
        var weeks = await page.EvaluateAsync<string[]>("Chart.getChart('timeline').data.labels");
        Assert.Contains("مهر ۱۴۰۱", weeks);
        Assert.DoesNotContain("اکتبر ۲۰۲۲", weeks);
        Assert.DoesNotContain(weeks, w => w.Any(char.IsAsciiDigit));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard-fa.png"), FullPage = true });

        // The footer switch turns the same session back to English, left to right.
        await page.ClickAsync("footer .language button");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        Assert.Empty(errors);
    }
}
