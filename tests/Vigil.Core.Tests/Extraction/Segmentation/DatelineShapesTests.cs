using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Tests.Extraction.Segmentation;

/// <summary>Session 27: datelines closed by two hyphens typed for a dash, or by a colon after the day.</summary>
public sealed class DatelineShapesTests
{
    private static string[] Sentences(string text)
    {
        var context = new ExtractionContext(text, null);
        new SegmentationStage().Run(context);
        return [.. context.Sentences.Select(s => s.Span.Of(text))];
    }

    [Theory]
    [InlineData("SHIRAZ, March 3 (Agency) -- Police arrested six students on Sunday.", "SHIRAZ, March 3 (Agency) --")]
    [InlineData("ARAK -- Workers stopped work at two factories.", "ARAK --")]
    [InlineData("Sanandaj [Iran], May 12: Security forces detained a teacher.", "Sanandaj [Iran], May 12:")]
    [InlineData("YAZD, Oct. 2: Three shops were set on fire overnight.", "YAZD, Oct. 2:")]
    public void A_dateline_closed_by_two_hyphens_or_a_colon_after_the_day_is_its_own_sentence(string text, string dateline)
    {
        Assert.Equal(dateline, Sentences(text)[0]);
    }

    [Theory]
    [InlineData("Update: Police arrested six students in Shiraz on Sunday.")]
    [InlineData("At 10:30 police arrested six students in Shiraz.")]
    [InlineData("Iran -- a country of protests -- saw strikes in Arak.")]
    [InlineData("Figures, as of May 12: 40 killed in Zahedan and Khash.")]
    public void A_heading_a_time_a_lower_case_aside_or_a_sentence_with_lower_case_words_is_no_dateline(string text)
    {
        Assert.Equal(text, Sentences(text)[0]);
    }

    [Fact]
    public void A_bracketed_dateline_places_no_event_at_its_city()
    {
        var incident = Assert.Single(ExtractionPipeline.CreateDefault().Run(
            "Tehran [Iran], July 9: Gunmen attacked a police station in Saravan, killing two officers.", new DateOnly(2023, 7, 10), "en").Incidents);

        Assert.Equal("Saravan", incident.Location?.Name);
    }
}
