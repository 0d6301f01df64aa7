using System.Text.Json;
using Vigil.Storage.Incidents;
using Vigil.Storage.Incidents.Export;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents.Export;

/// <summary>ACLED CSV, JSON, GeoJSON and counts exports of incidents, and the filters.</summary>
public abstract class IncidentExportTests : IncidentStoreTest
{
    private async Task IngestAllAsync() =>
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio), ("mashhad.txt", MashhadArrests), ("ahvaz.txt", AhvazStrike)));

    [StoreFact]
    public async Task Acled_csv_has_acleds_columns_and_precision_codes()
    {
        await IngestAllAsync();

        var csv = await ExportAsync("acled");

        Assert.Equal(string.Join(',', IncidentExport.AcledColumns), csv[..csv.IndexOf('\n', StringComparison.Ordinal)].TrimEnd('\r'));
        var rows = CsvRows(csv);
        Assert.Equal(["2019-11-17", "2019-11-18", "2020-03-01"], rows.Select(r => r["event_date"]));
        var shiraz = rows[0];
        var shirazId = (await IncidentOfTypeAsync("killing")).Id;
        Assert.Equal(shirazId.ToString(), shiraz["event_id_cnty"]);
        Assert.Equal(("2019", "1", "Political violence", "Violence against civilians", "Attack"), (shiraz["year"], shiraz["time_precision"], shiraz["disorder_type"], shiraz["event_type"], shiraz["sub_event_type"]));
        Assert.Equal(("364", "Middle East", "Iran", "Fars", "Shiraz", "29.6103", "52.5311", "1"), (shiraz["iso"], shiraz["region"], shiraz["country"], shiraz["admin1"], shiraz["location"], shiraz["latitude"], shiraz["longitude"], shiraz["geo_precision"]));
        Assert.Equal(("Iran Human Rights Monitor; Kurdistan Press Agency; Radio Zamaneh", "40", "", "3", "unreviewed"), (shiraz["source"], shiraz["fatalities"], shiraz["injuries"], shiraz["corroboration"], shiraz["review_status"]));
        Assert.Equal(("Civilian targeting", "", ""), (shiraz["civilian_targeting"], shiraz["admin2"], shiraz["tags"]));

        // No source gives a death toll for the arrests: unknown is empty, not a claim of none.
        Assert.Equal(("Strategic developments", "Arrests", "", "30"), (rows[1]["event_type"], rows[1]["sub_event_type"], rows[1]["fatalities"], rows[1]["arrests"]));
        Assert.Equal(
            ("Police Forces of Iran (1989-)", "State forces", "Protesters (Iran)", "Protesters", "State forces-Protesters", ""),
            (rows[1]["actor1"], rows[1]["inter1"], rows[1]["actor2"], rows[1]["inter2"], rows[1]["interaction"], rows[1]["civilian_targeting"]));

        // Every ACLED row has an actor1, named as ACLED names actors.
        Assert.Equal(("Police Forces of Iran (1989-)", "Civilians (Iran)", "State forces-Civilians"), (shiraz["actor1"], shiraz["actor2"], shiraz["interaction"]));
        Assert.Equal(("Protesters (Iran)", "Protesters", "Protesters only"), (rows[2]["actor1"], rows[2]["inter1"], rows[2]["interaction"]));

        // "March 2020": known to the month only.
        Assert.Equal(("2020", "3", "Ahvaz", "1", "", "Reported by 1 source, 1 independent."), (rows[2]["year"], rows[2]["time_precision"], rows[2]["location"], rows[2]["geo_precision"], rows[2]["fatalities"], rows[2]["notes"]));
    }

    [StoreFact]
    public async Task A_Persian_report_exports_its_Persian_source_as_UTF8_with_a_byte_order_mark_on_request()
    {
        await IngestExtractingAsync(WriteReports(("fa.txt",
            "---\noutlet: صدای آمریکا\npublished: 2019-11-20\nlanguage: fa\n---\nماموران امنیتی روز ۲۵ آبان ۱۳۹۸ دست کم ۳۰ نفر را در مشهد بازداشت کردند.\n")));

        await using var db = OpenDb();
        using var withMark = new MemoryStream();
        await new IncidentExport(db).WriteAsync("acled", new IncidentFilter(), withMark, byteOrderMark: true);
        using var without = new MemoryStream();
        await new IncidentExport(db).WriteAsync("acled", new IncidentFilter(), without);

        Assert.Equal([0xEF, 0xBB, 0xBF], withMark.ToArray()[..3]);
        Assert.NotEqual(0xEF, without.ToArray()[0]);
        var row = Assert.Single(CsvRows(System.Text.Encoding.UTF8.GetString(without.ToArray())));
        Assert.Equal(("2019-11-16", "Mashhad", "Razavi Khorasan", "صدای آمریکا", "30"), (row["event_date"], row["location"], row["admin1"], row["source"], row["arrests"]));
    }

    [StoreFact]
    public async Task Acled_csv_leaves_out_undated_incidents_and_says_which()
    {
        await IngestExtractingAsync(WriteReports(("mashhad.txt", MashhadArrests), ("tabriz.txt", TabrizUndated)));
        var tabriz = (await IncidentsAsync()).Single(i => i.Place == "Tabriz");
        Assert.Null(tabriz.Date);

        await using var db = OpenDb();
        using var buffer = new MemoryStream();
        var summary = await new IncidentExport(db).WriteAsync("acled", new IncidentFilter(), buffer);

        Assert.Equal(["Mashhad"], CsvRows(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).Select(r => r["location"]));
        Assert.Equal(1, summary.Written);
        Assert.Equal([new LeftOutIncident(tabriz.Id, "no date: ACLED rows need an event_date")], summary.LeftOut);

        // The JSON export holds every incident, dated or not.
        Assert.Equal(["Mashhad", "Tabriz"], (await PlacesAsync(new IncidentFilter())).Order());
    }

    [StoreFact]
    public async Task An_incident_dated_only_by_its_reports_publication_is_never_an_exact_day_for_acled()
    {
        await IngestExtractingAsync(WriteReports(("undated.txt",
            "---\ntitle: Teachers held\noutlet: Radio Zamaneh\npublished: 2022-04-09\n---\nPolice arrested 14 teachers in Shiraz.\n")));

        var row = Assert.Single(CsvRows(await ExportAsync("acled")));

        Assert.Equal(("2022-04-09", "3"), (row["event_date"], row["time_precision"]));
        Assert.Equal("publication", (await IncidentOfTypeAsync("arrest")).DateSource);
    }

    [StoreFact]
    public async Task Counts_have_one_row_per_date_province_and_type()
    {
        await IngestAllAsync();
        var shiraz = await IncidentOfTypeAsync("killing");
        // Mention ids made in the same millisecond are in no fixed order: pick the radio's by its report.
        var radio = await MemberFromAsync(shiraz.Id, "radio.txt");
        await using (var db = OpenDb())
        {
            // Two killings in Fars on one day: one row counting both, figures summed across (not within) incidents.
            Assert.Equal(Outcome.Ok, (await new SplitIncident(db, Clock).RunAsync(shiraz.Id, [radio], Actor)).Result);
        }

        var rows = CsvRows(await ExportAsync("counts"));

        // Unknown figures are empty (no source gave one), never 0; the precision says what the date column holds.
        Assert.Equal(
            [
                ("2019-11-17", "day", "Fars", "killing", "2", "55", "", ""),
                ("2019-11-18", "day", "Razavi Khorasan", "arrest", "1", "", "", "30"),
                ("2020-03", "month", "Khuzestan", "strike", "1", "", "", ""),
            ],
            rows.Select(r => (r["date"], r["date_precision"], r["province"], r["type"], r["incidents"], r["killed"], r["injured"], r["arrested"])));
    }

    [StoreFact]
    public async Task Geojson_is_a_feature_collection_of_points_in_lon_lat_order()
    {
        await IngestAllAsync();

        using var doc = JsonDocument.Parse(await ExportAsync("geojson"));

        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);
        Assert.All(features, f => Assert.Equal(("Feature", "Point"), (f.GetProperty("type").GetString(), f.GetProperty("geometry").GetProperty("type").GetString())));
        Assert.Equal(
            [("Shiraz", 52.5311, 29.6103), ("Mashhad", 59.6057, 36.2981), ("Ahvaz", 48.6842, 31.319)],
            features.Select(f => (
                f.GetProperty("properties").GetProperty("place").GetString(),
                f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(),
                f.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble())));
        Assert.Equal(3, features[0].GetProperty("properties").GetProperty("figures").GetArrayLength());
        Assert.All(features, f => Assert.Equal((1, "city"), (f.GetProperty("properties").GetProperty("geo_precision").GetInt32(), f.GetProperty("properties").GetProperty("place_precision").GetString())));
    }

    [StoreFact]
    public async Task Geojson_flags_a_country_level_point_with_geo_precision_3()
    {
        await IngestExtractingAsync(WriteReports(("iran.txt", "---\ntitle: Arrests across Iran\noutlet: Radio Zamaneh\npublished: 2022-10-02\n---\nSecurity forces arrested 200 protesters across Iran on 1 October 2022, activists said.\n")));
        var incident = (await IncidentsAsync()).Single();
        Assert.Equal(("country", null), (incident.GeoPrecision, incident.Admin1));

        using var doc = JsonDocument.Parse(await ExportAsync("geojson"));

        var properties = doc.RootElement.GetProperty("features").EnumerateArray().Single().GetProperty("properties");
        Assert.Equal((3, "country"), (properties.GetProperty("geo_precision").GetInt32(), properties.GetProperty("place_precision").GetString()));
    }

    [StoreFact]
    public async Task Filters_select_by_type_dates_province_and_status()
    {
        await IngestAllAsync();
        var mashhad = await IncidentOfTypeAsync("arrest");
        await using (var db = OpenDb())
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, Clock).SetStatusAsync(mashhad.Id, IncidentStatus.Rejected, Actor));
        }

        Assert.Equal(["Shiraz", "Ahvaz"], await PlacesAsync(new IncidentFilter()));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { Type = "killing" }));
        Assert.Equal(["Mashhad"], await PlacesAsync(new IncidentFilter { Status = IncidentStatus.Rejected }));
        Assert.Equal(["Ahvaz"], await PlacesAsync(new IncidentFilter { From = new DateOnly(2019, 11, 18) }));
        Assert.Equal(["Mashhad"], await PlacesAsync(new IncidentFilter { From = new DateOnly(2019, 11, 18), To = new DateOnly(2019, 11, 30), Status = IncidentStatus.Rejected }));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { To = new DateOnly(2019, 11, 17) }));

        // A month-precision incident overlaps any day of its month.
        Assert.Equal(["Ahvaz"], await PlacesAsync(new IncidentFilter { From = new DateOnly(2020, 3, 31), To = new DateOnly(2020, 3, 31) }));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { Province = "fars" }));
        Assert.Empty(await PlacesAsync(new IncidentFilter { Province = "Tehran" }));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter { Corroboration = 3 }));
    }

    private async Task<List<string>> PlacesAsync(IncidentFilter filter)
    {
        using var doc = JsonDocument.Parse(await ExportAsync("json", filter));
        return [.. doc.RootElement.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("place").GetString()!)];
    }
}
