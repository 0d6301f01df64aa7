using System.Text.Json;
using Vigil.Core.Evaluation;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Reports;

namespace Vigil.Core.Tests.Extraction.Pipeline;

/// <summary>Runs the default pipeline over a folder of reports with gold files beside them and scores it with the score.py port.</summary>
internal static class CorpusScoring
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    public static ScoreReport ScoreFolder(string folder)
    {
        var cases = new List<ScoringCase>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var doc = Path.GetFileNameWithoutExtension(file);
            var gold = Path.Combine(folder, doc + ".gold.json");
            if (!File.Exists(gold))
            {
                continue;
            }

            var read = ReportReader.Read(File.ReadAllBytes(file), ReportFormat.Text);
            Assert.True(read.Succeeded, read.Error);
            var body = read.Content.Body;
            var published = read.Content.Metadata.Published;
            var result = Pipeline.Run(body, published);
            var line = ExtractionJson.ToJsonLine(doc, result);
            using var goldJson = JsonDocument.Parse(File.ReadAllText(gold));
            using var predJson = JsonDocument.Parse(line);
            cases.Add(new ScoringCase(doc, goldJson.RootElement.Clone(), Scorer.BodyOf(File.ReadAllText(file)), predJson.RootElement.Clone()));
        }

        Assert.NotEmpty(cases);
        return Scorer.Score(cases);
    }
}
