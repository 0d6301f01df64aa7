using System.Text.Json;
using Vigil.Core.Evaluation;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Reports;
using Xunit.Abstractions;

namespace Vigil.Core.Tests.Extraction.Pipeline;

/// <summary>
/// Runs the default pipeline over the repository's samples/*.txt, scores it against the gold files with the
/// score.py port, prints the figures and holds floors a little below what the pipeline reaches, so a change
/// that makes extraction worse fails here. The samples are a small dev set: the floors guard against
/// regressions, they are not the targets (those are for unseen reports).
/// </summary>
public class SampleCorpusRegressionTests
{
    private readonly ITestOutputHelper _output;

    public SampleCorpusRegressionTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Scores_on_the_sample_corpus_stay_above_their_floors()
    {
        var samples = SamplesFolder();
        var pipeline = ExtractionPipeline.CreateDefault();
        var cases = new List<ScoringCase>();
        foreach (var file in Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var doc = Path.GetFileNameWithoutExtension(file);
            var gold = Path.Combine(samples, doc + ".gold.json");
            if (!File.Exists(gold))
            {
                continue;
            }

            var read = ReportReader.Read(File.ReadAllBytes(file), ReportFormat.Text);
            Assert.True(read.Succeeded, read.Error);
            var body = read.Content.Body;
            var published = read.Content.Metadata.Published;
            var result = pipeline.Run(body, published);
            var line = ExtractionJson.ToJsonLine(doc, published, "en", body, result.Incidents, result.Statements);
            using var goldJson = JsonDocument.Parse(File.ReadAllText(gold));
            using var predJson = JsonDocument.Parse(line);
            cases.Add(new ScoringCase(doc, goldJson.RootElement.Clone(), Scorer.BodyOf(File.ReadAllText(file)), predJson.RootElement.Clone()));
        }

        Assert.NotEmpty(cases);
        var report = Scorer.Score(cases);
        _output.WriteLine(report.ToText());
        _output.WriteLine(report.ToScorePyJson());

        var t = report.Totals;
        Assert.True(t.IncidentF1 >= IncidentF1Floor, $"incident F1 {t.IncidentF1} fell below {IncidentF1Floor}");
        Assert.True(t.StrictF1 >= StrictF1Floor, $"strict F1 {t.StrictF1} fell below {StrictF1Floor}");
    }

    private const double IncidentF1Floor = 0.72;
    private const double StrictF1Floor = 0.33;

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new DirectoryNotFoundException("No Vigil.slnx above " + AppContext.BaseDirectory);
    }
}
