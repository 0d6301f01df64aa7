using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>The report's own voice is not a statement (GUIDELINE.md): the publishing outlet citing its own reporting.</summary>
public class OwnVoiceTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly DateOnly Published = new(2022, 11, 20);

    private const string EarlierVoaReport = "پیشتر صدای آمریکا گزارش داد که ده نفر در سنندج بازداشت شدند.";

    [Fact]
    public void An_outlets_own_earlier_report_is_not_its_statement()
    {
        var result = Pipeline.Run(EarlierVoaReport, Published, "fa", "VOA Persian (صدای آمریکا)");

        Assert.Empty(result.Statements);
    }

    [Fact]
    public void Another_outlets_earlier_report_is_that_outlets_statement()
    {
        var result = Pipeline.Run(EarlierVoaReport, Published, "fa", "Radio Farda (رادیو فردا)");

        Assert.Equal("صدای آمریکا", Assert.Single(result.Statements).Speaker);
    }

    [Fact]
    public void Without_a_known_outlet_the_report_is_kept()
    {
        Assert.Single(Pipeline.Run(EarlierVoaReport, Published, "fa").Statements);
    }

    [Fact]
    public void According_to_the_reports_own_outlet_is_not_a_statement()
    {
        var result = Pipeline.Run("به گزارش رادیو فردا، ده نفر در سنندج بازداشت شدند.", Published, "fa", "رادیو فردا");

        Assert.Empty(result.Statements);
    }

    [Fact]
    public void This_outlet_reporting_earlier_names_no_speaker()
    {
        Assert.Empty(Pipeline.Run("این رسانه پیش از این گزارش داد که ده نفر در سنندج بازداشت شدند.", Published, "fa", "رادیو فردا").Statements);
    }

    [Fact]
    public void An_english_outlet_reporting_earlier_in_its_own_report_is_not_a_statement()
    {
        const string text = "Earlier, VOA reported that ten people were arrested in Sanandaj.";

        Assert.Empty(Pipeline.Run(text, Published, "en", "Voice of America (VOA)").Statements);
        Assert.Equal("VOA", Assert.Single(Pipeline.Run(text, Published, "en", "Radio Farda").Statements).Speaker);
    }

    [Fact]
    public void An_organisation_publishing_its_own_findings_stays_their_speaker()
    {
        const string text = "Amnesty International said security forces killed at least 23 children during the protests.";

        Assert.Equal("Amnesty International", Assert.Single(Pipeline.Run(text, Published, "en", "Amnesty International").Statements).Speaker);
    }
}
