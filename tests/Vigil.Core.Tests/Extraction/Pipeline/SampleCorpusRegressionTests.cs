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
        var report = CorpusScoring.ScoreFolder(Evaluation.SamplesFolder.Path);
        _output.WriteLine(report.ToText());
        _output.WriteLine(report.ToScorePyJson());

        var t = report.Totals;
        Assert.True(t.IncidentF1 >= IncidentF1Floor, $"incident F1 {t.IncidentF1} fell below {IncidentF1Floor}");
        Assert.True(t.StrictF1 >= StrictF1Floor, $"strict F1 {t.StrictF1} fell below {StrictF1Floor}");
        Assert.True(t.StatementF1 >= StatementF1Floor, $"statement F1 {t.StatementF1} fell below {StatementF1Floor}");
        Assert.True(t.PersonF1 >= PersonF1Floor, $"person F1 {t.PersonF1} fell below {PersonF1Floor}");
    }

    private const double IncidentF1Floor = 0.85;
    private const double StrictF1Floor = 0.47;
    private const double StatementF1Floor = 0.88;
    private const double PersonF1Floor = 0.75;
}
