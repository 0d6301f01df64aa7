using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Vigil.Cli.Tests.Reports;

public sealed class ExportCommandTests : CliTest
{
    private static readonly string[] Columns =
        ["id", "source", "published", "title", "url", "language", "format", "file_name", "words", "bytes", "evidence_files", "ingested_at", "body"];

    [Fact]
    public async Task Exports_csv_that_parses_back_to_the_samples()
    {
        var samples = SampleReport.All(Samples);
        await RunAsync("ingest", Samples);

        var result = await RunAsync("export", "reports", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var csv = new CsvReader(new StringReader(result.Output), CultureInfo.InvariantCulture);
        Assert.True(csv.Read());
        csv.ReadHeader();
        Assert.Equal(Columns, csv.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(Columns.ToDictionary(c => c, c => csv.GetField(c)!));
        }

        Assert.Equal(5, rows.Count);
        foreach (var sample in samples)
        {
            var row = Assert.Single(rows, r => r["id"] == Sha256(sample.Bytes));
            Assert.Equal(sample.FileName, row["file_name"]);
            Assert.Equal(sample.Title ?? "", row["title"]);
            Assert.Equal(sample.Outlet ?? "", row["source"]);
            Assert.Equal(sample.Published ?? "", row["published"]);
            Assert.Equal("en", row["language"]);
            Assert.Equal("text", row["format"]);
            Assert.Equal(BodyOf(sample.Text), row["body"]);
            Assert.Equal(BodyOf(sample.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length.ToString(CultureInfo.InvariantCulture), row["words"]);
            Assert.Equal(sample.Bytes.Length.ToString(CultureInfo.InvariantCulture), row["bytes"]);
            Assert.Equal("0", row["evidence_files"]);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", row["ingested_at"]);
        }
    }

    [Fact]
    public async Task Exports_json_as_one_array()
    {
        var samples = SampleReport.All(Samples);
        await RunAsync("ingest", Samples);

        var result = await RunAsync("export", "reports", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(Columns, r.EnumerateObject().Select(p => p.Name)));
        foreach (var sample in samples)
        {
            var row = Assert.Single(rows, r => r.GetProperty("id").GetString() == Sha256(sample.Bytes));
            Assert.Equal(sample.Title, row.GetProperty("title").GetString());
            Assert.Equal(BodyOf(sample.Text), row.GetProperty("body").GetString());
            Assert.Equal(sample.Bytes.Length, row.GetProperty("bytes").GetInt64());
        }
    }

    [Fact]
    public async Task Exports_an_empty_json_array_from_an_empty_store()
    {
        var result = await RunAsync("export", "reports", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, JsonDocument.Parse(result.Output).RootElement.GetArrayLength());
    }
}
