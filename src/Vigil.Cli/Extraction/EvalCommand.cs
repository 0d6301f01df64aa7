using System.CommandLine;
using System.Text.Json;
using Vigil.Core.Evaluation;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;

namespace Vigil.Cli.Extraction;

/// <summary>
/// <c>vigil eval DIR</c>: runs the pipeline on the <c>.txt</c> reports of DIR and scores it against the
/// <c>*.gold.json</c> files beside them, with the rules of the reference scorer (score.py).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("dir") { Description = "Folder with <doc>.txt reports and <doc>.gold.json annotations" };
        var json = new Option<bool>("--json") { Description = "Print only the totals as one JSON object (the reference scorer's --json line)" };
        var predictions = new Option<string?>("--predictions") { Description = "Score these saved `vigil extract --json` lines instead of running the pipeline" };
        var command = new Command("eval", "Score the extraction pipeline against hand-made gold annotations: incident and statement precision/recall/F1, strict F1, field accuracy") { folder, json, predictions };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                console.Fail($"{dir}: no such folder");
                return 2;
            }

            var golds = Directory.EnumerateFiles(dir, "*.gold.json").Order(StringComparer.Ordinal).ToList();
            if (golds.Count == 0)
            {
                console.Fail($"{dir}: no *.gold.json files to score against");
                return 2;
            }

            IReadOnlyDictionary<string, JsonElement>? saved = null;
            if (parse.GetValue(predictions) is { } path)
            {
                try
                {
                    saved = ExtractionJson.ReadPredictions(File.ReadAllText(path));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
                {
                    console.Fail($"{path}: cannot read predictions: {ex.Message}");
                    return 2;
                }
            }

            var pipeline = saved is null ? ExtractionPipeline.CreateDefault() : null;
            var cases = new List<ScoringCase>();
            var failed = 0;
            foreach (var gold in golds)
            {
                var doc = Path.GetFileName(gold)[..^".gold.json".Length];
                var reportPath = Path.Combine(dir, doc + ".txt");
                JsonElement goldJson;
                try
                {
                    using var goldDocument = JsonDocument.Parse(File.ReadAllText(gold));
                    goldJson = goldDocument.RootElement.Clone();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
                {
                    console.Fail($"{gold}: not a readable gold file: {ex.Message}");
                    failed++;
                    continue;
                }

                var (content, error) = File.Exists(reportPath) ? ReportFile.Read(reportPath) : (null, "no report beside the gold file");
                if (content is null)
                {
                    console.Fail($"{reportPath}: {error}");
                    failed++;
                    continue;
                }

                JsonElement? prediction = null;
                if (saved is not null)
                {
                    prediction = saved.TryGetValue(doc, out var p) ? p : null;
                }
                else
                {
                    var result = pipeline!.Run(content.Body, content.Metadata.Published, content.Metadata.Language, content.Metadata.Source);
                    using var predicted = JsonDocument.Parse(ExtractionJson.ToJsonLine(doc, result));
                    prediction = predicted.RootElement.Clone();
                }

                cases.Add(new ScoringCase(doc, goldJson, content.Body, prediction));
            }

            var report = Scorer.Score(cases);
            console.Output.WriteLine(parse.GetValue(json) ? report.ToScorePyJson() : report.ToText());
            return failed > 0 ? 1 : 0;
        });
        return command;
    }
}
