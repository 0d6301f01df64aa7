using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Vigil.Cli.Store;
using Vigil.Core;

namespace Vigil.Cli.Reports;

/// <summary><c>vigil export reports --format csv|json</c>: streams every stored report with its metadata and body.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var export = new Command("export", "Export stored data");
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var reports = new Command("reports", "Export reports (id, source, published, title, url, language, format, file name, words, bytes, evidence files, ingested at, body)") { format, output };
        reports.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var path = parse.GetValue(output);
            var writer = path is null ? console.Output : new StreamWriter(path, false, new UTF8Encoding(false));
            try
            {
                var rows = store.Db.Reports.AsNoTracking().OrderBy(r => r.IngestedAt).ThenBy(r => r.Id)
                    .Select(r => new ReportRow(r.Id, r.Source != null ? r.Source.Name : null, r.Published, r.Title, r.Url, r.Language, r.Format, r.FileName, r.WordCount, r.ByteLength, r.Evidence.Count, r.IngestedAt, r.Body))
                    .AsAsyncEnumerable();
                var count = parse.GetValue(format) == "json"
                    ? await WriteJsonAsync(rows, writer, cancellationToken)
                    : await WriteCsvAsync(rows, writer, cancellationToken);
                if (path is not null)
                {
                    console.Error.WriteLine($"{Plural.Of(count, "report")} written to {path}");
                }
            }
            finally
            {
                if (path is not null)
                {
                    await writer.DisposeAsync();
                }
            }

            return 0;
        });
        export.Subcommands.Add(reports);
        export.Subcommands.Add(Incidents.ExportIncidentsCommand.Create(console));
        export.Subcommands.Add(ExportMentionsCommand.Create(console));
        export.Subcommands.Add(Persons.ExportPersonsCommand.Create(console));
        export.Subcommands.Add(Bundles.ExportBundleCommand.Create(console));
        return export;
    }

    private static async Task<int> WriteCsvAsync(IAsyncEnumerable<ReportRow> rows, TextWriter writer, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteHeader<CsvReportRow>();
        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteRecord(new CsvReportRow(row));
            await csv.NextRecordAsync();
            count++;
        }

        await csv.FlushAsync();
        return count;
    }

    private static async Task<int> WriteJsonAsync(IAsyncEnumerable<ReportRow> rows, TextWriter writer, CancellationToken cancellationToken)
    {
        var count = 0;
        await writer.WriteAsync("[");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(count == 0 ? "\n" : ",\n");
            await writer.WriteAsync(JsonSerializer.Serialize(new CsvReportRow(row), JsonLines.Options));
            count++;
        }

        await writer.WriteAsync(count == 0 ? "]\n" : "\n]\n");
        await writer.FlushAsync(cancellationToken);
        return count;
    }

    private sealed record ReportRow(string Id, string? Source, DateOnly? Published, string? Title, string? Url, string? Language, string Format, string FileName, int WordCount, long ByteLength, int EvidenceCount, DateTime IngestedAt, string Body);

    /// <summary>The exported columns, snake_case, in this order.</summary>
    private sealed class CsvReportRow(ReportRow row)
    {
        [CsvHelper.Configuration.Attributes.Name("id")]
        [System.Text.Json.Serialization.JsonPropertyName("id")]
        public string Id => row.Id;

        [CsvHelper.Configuration.Attributes.Name("source")]
        [System.Text.Json.Serialization.JsonPropertyName("source")]
        public string? Source => row.Source;

        [CsvHelper.Configuration.Attributes.Name("published")]
        [System.Text.Json.Serialization.JsonPropertyName("published")]
        public string? Published => row.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        [CsvHelper.Configuration.Attributes.Name("title")]
        [System.Text.Json.Serialization.JsonPropertyName("title")]
        public string? Title => row.Title;

        [CsvHelper.Configuration.Attributes.Name("url")]
        [System.Text.Json.Serialization.JsonPropertyName("url")]
        public string? Url => row.Url;

        [CsvHelper.Configuration.Attributes.Name("language")]
        [System.Text.Json.Serialization.JsonPropertyName("language")]
        public string? Language => row.Language;

        [CsvHelper.Configuration.Attributes.Name("format")]
        [System.Text.Json.Serialization.JsonPropertyName("format")]
        public string Format => row.Format;

        [CsvHelper.Configuration.Attributes.Name("file_name")]
        [System.Text.Json.Serialization.JsonPropertyName("file_name")]
        public string FileName => row.FileName;

        [CsvHelper.Configuration.Attributes.Name("words")]
        [System.Text.Json.Serialization.JsonPropertyName("words")]
        public int Words => row.WordCount;

        [CsvHelper.Configuration.Attributes.Name("bytes")]
        [System.Text.Json.Serialization.JsonPropertyName("bytes")]
        public long Bytes => row.ByteLength;

        [CsvHelper.Configuration.Attributes.Name("evidence_files")]
        [System.Text.Json.Serialization.JsonPropertyName("evidence_files")]
        public int EvidenceFiles => row.EvidenceCount;

        [CsvHelper.Configuration.Attributes.Name("ingested_at")]
        [System.Text.Json.Serialization.JsonPropertyName("ingested_at")]
        public string IngestedAt => DateTime.SpecifyKind(row.IngestedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

        [CsvHelper.Configuration.Attributes.Name("body")]
        [System.Text.Json.Serialization.JsonPropertyName("body")]
        public string Body => row.Body;
    }
}
