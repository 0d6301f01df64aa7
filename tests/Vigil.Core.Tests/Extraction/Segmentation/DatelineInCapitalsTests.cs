using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Tests.Extraction.Segmentation;

/// <summary>Session 26: a dateline of a name in capitals alone before a spaced dash ("NICOSIA — ") is a dateline too.</summary>
public sealed class DatelineInCapitalsTests
{
    private static string[] Sentences(string text)
    {
        var context = new ExtractionContext(text, null);
        new SegmentationStage().Run(context);
        return [.. context.Sentences.Select(s => s.Span.Of(text))];
    }

    [Theory]
    [InlineData("NICOSIA \u2014 Police arrested ten people in Tabriz on Monday.", "NICOSIA \u2014")]
    [InlineData("DUBAI \u2013 Authorities hanged a man in Mashhad today.", "DUBAI \u2013")]
    [InlineData("ABU DHABI - Police detained two reporters in Ahvaz.", "ABU DHABI -")]
    public void A_name_in_capitals_before_a_spaced_dash_is_a_dateline(string text, string dateline)
    {
        Assert.Equal(dateline, Sentences(text)[0]);
    }

    [Theory]
    [InlineData("US \u2014 Iran talks resumed in Oman.")]
    [InlineData("Iran \u2014 Police arrested ten people in Tabriz on Monday.")]
    public void A_short_name_or_one_in_lower_case_before_a_dash_is_no_dateline(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void A_foreign_bureau_in_capitals_places_no_event()
    {
        var incident = Assert.Single(ExtractionPipeline.CreateDefault().Run("NICOSIA \u2014 Protesters were wounded by tear gas canisters, videos showed on Monday.", new DateOnly(2024, 3, 13), "en").Incidents);

        Assert.NotEqual("CY", incident.Location?.Country);
    }
}
