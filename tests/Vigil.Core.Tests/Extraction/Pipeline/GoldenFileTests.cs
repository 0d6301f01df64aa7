using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Reports;
using Vigil.Core.Tests.Evaluation;

namespace Vigil.Core.Tests.Extraction.Pipeline;

/// <summary>
/// One expected <c>vigil extract --json</c> object per report (the samples, the held-out reports and the openly
/// licensed development reports under Golden/reports), kept in Golden/expected. A change in what the pipeline
/// extracts from any of them fails here with a list of the records that appeared, disappeared or changed, so every
/// change of output is seen and reviewed; the corpus F1 floors stay only as a summary.
/// After an intended change, regenerate with <c>VIGIL_UPDATE_GOLDEN=1 dotnet test tests/Vigil.Core.Tests
/// --filter GoldenFileTests</c> and review the diff of Golden/expected before committing it.
/// </summary>
public class GoldenFileTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var file in ReportFiles())
        {
            data.Add(Path.GetRelativePath(RepositoryRoot(), file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Extraction_matches_the_expected_output(string report)
    {
        var actual = Extract(Path.Combine(RepositoryRoot(), report));
        var expectedFile = ExpectedFile(report);

        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedFile, actual.ToJsonString(Indented) + "\n", new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(expectedFile), $"{report}: no expected output at {Path.GetRelativePath(RepositoryRoot(), expectedFile)}; run with VIGIL_UPDATE_GOLDEN=1 to write it");
        var expected = JsonNode.Parse(File.ReadAllText(expectedFile))!.AsObject();
        var differences = Differences(expected, actual);
        Assert.True(differences.Count == 0, $"{report}: the extraction changed ({differences.Count} differences; regenerate with VIGIL_UPDATE_GOLDEN=1 if intended)\n  " + string.Join("\n  ", differences));
    }

    [Fact]
    public void Every_report_has_an_expected_output_and_every_expected_output_a_report()
    {
        var reports = ReportFiles().Select(f => Path.GetFileName(ExpectedFile(f))).ToHashSet(StringComparer.Ordinal);
        var expected = Directory.GetFiles(ExpectedFolder(), "*.json").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        Assert.True(reports.Count >= 20, $"only {reports.Count} golden reports found");
        Assert.Empty(expected.Except(reports!));
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_GOLDEN") != "1")
        {
            Assert.Empty(reports.Except(expected!));
        }
    }

    [Fact]
    public void A_changed_record_is_reported_by_what_changed()
    {
        var expected = JsonNode.Parse("""{"incidents":[{"type":"arrest","date":"2023-05-05","evidence":{"start":0,"end":10,"text":"Police arr"}}],"statements":[]}""")!.AsObject();
        var actual = JsonNode.Parse("""{"incidents":[{"type":"arrest","date":"2023-05-06","evidence":{"start":0,"end":10,"text":"Police arr"}},{"type":"killing","date":null,"evidence":{"start":20,"end":30,"text":"were kille"}}],"statements":[]}""")!.AsObject();

        var differences = Differences(expected, actual);

        Assert.Equal(2, differences.Count);
        Assert.Contains("changed incident arrest at 0 \"Police arr\": date \"2023-05-05\" → \"2023-05-06\"", differences);
        Assert.Contains("new incident killing at 20 \"were kille\"", differences);
    }

    private static JsonObject Extract(string file)
    {
        var read = ReportReader.Read(File.ReadAllBytes(file), ReportFormat.Text);
        Assert.True(read.Succeeded, read.Error);
        var metadata = read.Content.Metadata;
        var result = Pipeline.Run(read.Content.Body, metadata.Published, metadata.Language);
        return JsonNode.Parse(ExtractionJson.ToJsonLine(Path.GetFileNameWithoutExtension(file), result))!.AsObject();
    }

    // Records of each list are matched by kind and evidence start (what a reader of the report would point at);
    // other top-level fields are compared as values.
    internal static List<string> Differences(JsonObject expected, JsonObject actual)
    {
        var differences = new List<string>();
        foreach (var (key, value) in expected)
        {
            if (value is JsonArray list)
            {
                var other = actual[key] as JsonArray ?? [];
                Compare(Singular(key), list, other, differences);
            }
            else if (!JsonNode.DeepEquals(value, actual[key]))
            {
                differences.Add($"{key}: {Show(value)} → {Show(actual[key])}");
            }
        }

        foreach (var (key, value) in actual)
        {
            if (!expected.ContainsKey(key))
            {
                differences.Add($"new field {key}: {Show(value)}");
            }
        }

        return differences;
    }

    private static void Compare(string kind, JsonArray expected, JsonArray actual, List<string> differences)
    {
        var unmatched = actual.Select(n => n!.AsObject()).ToList();
        foreach (var node in expected)
        {
            var record = node!.AsObject();
            var at = unmatched.FindIndex(r => Key(r) == Key(record));
            if (at < 0)
            {
                differences.Add($"missing {kind} {Label(record)}");
                continue;
            }

            var found = unmatched[at];
            unmatched.RemoveAt(at);
            var changes = record.Select(p => p.Key).Union(found.Select(p => p.Key))
                .Where(k => !JsonNode.DeepEquals(record[k], found[k]))
                .Select(k => $"{k} {Show(record[k])} → {Show(found[k])}");
            var text = string.Join("; ", changes);
            if (text.Length > 0)
            {
                differences.Add($"changed {kind} {Label(record)}: {text}");
            }
        }

        differences.AddRange(unmatched.Select(r => $"new {kind} {Label(r)}"));
    }

    private static string Key(JsonObject record) =>
        $"{record["type"] ?? record["speaker"] ?? record["name"]}@{record["evidence"]?["start"]}";

    private static string Label(JsonObject record)
    {
        var what = (string?)(record["type"] ?? record["speaker"] ?? record["name"]);
        var evidence = record["evidence"];
        var text = (string?)evidence?["text"] ?? "";
        return $"{what} at {evidence?["start"]} \"{(text.Length > 60 ? text[..60] + "…" : text)}\"";
    }

    private static string Singular(string key) => key.EndsWith('s') ? key[..^1] : key;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString(Compact);

    private static IEnumerable<string> ReportFiles()
    {
        var root = RepositoryRoot();
        var folders = new[]
        {
            Path.Combine(root, "samples"),
            Path.Combine(root, "tests", "Vigil.Core.Tests", "Extraction", "Pipeline", "HeldOut"),
            Path.Combine(root, "tests", "Vigil.Core.Tests", "Extraction", "Pipeline", "Golden", "reports"),
        };
        return folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Order(StringComparer.Ordinal);
    }

    private static string ExpectedFolder() =>
        Path.Combine(RepositoryRoot(), "tests", "Vigil.Core.Tests", "Extraction", "Pipeline", "Golden", "expected");

    private static string ExpectedFile(string report) =>
        Path.Combine(ExpectedFolder(), Path.GetFileNameWithoutExtension(report) + ".json");

    private static string RepositoryRoot() => SamplesFolder.Repository;
}
