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
        Assert.Equal(("IR", "Iran", "Fars", "Shiraz", "29.6103", "52.5311", "1"), (shiraz["iso"], shiraz["country"], shiraz["admin1"], shiraz["location"], shiraz["latitude"], shiraz["longitude"], shiraz["geo_precision"]));
        Assert.Equal(("Iran Human Rights Monitor; Kurdistan Press Agency; Radio Zamaneh", "40", "", "3", "unreviewed"), (shiraz["source"], shiraz["fatalities"], shiraz["injuries"], shiraz["corroboration"], shiraz["review_status"]));
        Assert.Equal(("Strategic developments", "Arrests", "0", "30"), (rows[1]["event_type"], rows[1]["sub_event_type"], rows[1]["fatalities"], rows[1]["arrests"]));

        // "March 2020": known to the month only.
        Assert.Equal(("2020", "3", "Ahvaz", "1", "0", "Reported by 1 outlet(s), 1 independent."), (rows[2]["year"], rows[2]["time_precision"], rows[2]["location"], rows[2]["geo_precision"], rows[2]["fatalities"], rows[2]["notes"]));
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
            Assert.Null((await new SplitIncident(db, Clock).RunAsync(shiraz.Id, [radio], Actor)).Problem);
        }

        var rows = CsvRows(await ExportAsync("counts"));

        Assert.Equal(
            [
                ("2019-11-17", "Fars", "killing", "2", "55", "0", "0"),
                ("2019-11-18", "Razavi Khorasan", "arrest", "1", "0", "0", "30"),
                ("2020-03", "Khuzestan", "strike", "1", "0", "0", "0"),
            ],
            rows.Select(r => (r["date"], r["province"], r["type"], r["incidents"], r["killed"], r["injured"], r["arrested"])));
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
    }

    [StoreFact]
    public async Task Filters_select_by_type_dates_province_and_status()
    {
        await IngestAllAsync();
        var mashhad = await IncidentOfTypeAsync("arrest");
        await using (var db = OpenDb())
        {
            Assert.Null(await new ReviewIncident(db, Clock).SetStatusAsync(mashhad.Id, IncidentStatus.Rejected, Actor));
        }

        Assert.Equal(["Shiraz", "Ahvaz"], await PlacesAsync(new IncidentFilter()));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter(Type: "killing")));
        Assert.Equal(["Mashhad"], await PlacesAsync(new IncidentFilter(Status: IncidentStatus.Rejected)));
        Assert.Equal(["Ahvaz"], await PlacesAsync(new IncidentFilter(From: new DateOnly(2019, 11, 18))));
        Assert.Equal(["Mashhad"], await PlacesAsync(new IncidentFilter(From: new DateOnly(2019, 11, 18), To: new DateOnly(2019, 11, 30), Status: IncidentStatus.Rejected)));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter(To: new DateOnly(2019, 11, 17))));

        // A month-precision incident overlaps any day of its month.
        Assert.Equal(["Ahvaz"], await PlacesAsync(new IncidentFilter(From: new DateOnly(2020, 3, 31), To: new DateOnly(2020, 3, 31))));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter(Province: "fars")));
        Assert.Empty(await PlacesAsync(new IncidentFilter(Province: "Tehran")));
        Assert.Equal(["Shiraz"], await PlacesAsync(new IncidentFilter(MinCorroboration: 3)));
    }

    private async Task<List<string>> PlacesAsync(IncidentFilter filter)
    {
        using var doc = JsonDocument.Parse(await ExportAsync("json", filter));
        return [.. doc.RootElement.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("place").GetString()!)];
    }
}
