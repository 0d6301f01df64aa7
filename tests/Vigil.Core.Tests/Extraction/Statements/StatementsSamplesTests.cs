using System.Text.Json;
using Vigil.Core.Evaluation;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Extraction.Statements;
using Vigil.Core.Reports;
using Vigil.Core.Tests.Evaluation;
using Xunit.Abstractions;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Statements;

public sealed class StatementsSamplesTests(ITestOutputHelper output)
{
    [Fact]
    public void Statement_F1_on_the_samples_stays_above_its_floor()
    {
        var cases = new List<ScoringCase>();
        foreach (var goldFile in Directory.GetFiles(SamplesFolder.Path, "*.gold.json"))
        {
            var doc = System.IO.Path.GetFileName(goldFile)[..^".gold.json".Length];
            var fileText = File.ReadAllText(System.IO.Path.Combine(SamplesFolder.Path, doc + ".txt"));
            var read = ReportReader.Read(File.ReadAllBytes(System.IO.Path.Combine(SamplesFolder.Path, doc + ".txt")), ReportFormat.Text);
            Assert.True(read.Succeeded, read.Error);
            var context = new ExtractionContext(read.Content.Body, read.Content.Metadata.Published);
            new PersonsStage(new PersonsOptions()).Run(context);
            new StatementsStage().Run(context);
            var line = ExtractionJson.ToJsonLine(doc, context.Published, "en", context.Text, [], context.Statements);
            foreach (var s in context.Statements)
            {
                output.WriteLine($"{doc} | {s.Speaker} | {s.SpeakerRole} | {s.Date} | {s.Outlet} | {s.Evidence.Of(context.Text).ReplaceLineEndings(" ")}");
            }

            using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
            using var pred = JsonDocument.Parse(line);
            cases.Add(new ScoringCase(doc, gold.RootElement.Clone(), Scorer.BodyOf(fileText), pred.RootElement.Clone()));
        }

        var report = Scorer.Score(cases);
        output.WriteLine(report.ToText());
        Assert.Equal(5, report.Totals.Docs);
        Assert.True(report.Totals.StatementF1 >= 0.80, report.ToText());
    }
}
