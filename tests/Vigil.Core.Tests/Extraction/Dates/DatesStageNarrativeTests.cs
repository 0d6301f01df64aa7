using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>How the dates stage picks the year of a partial date when the report itself is undated.</summary>
public class DatesStageNarrativeTests
{
    private static List<(string Text, string Start)> Find(string text, DateOnly? published = null)
    {
        var context = new ExtractionContext(text, published);
        new DatesStage().Run(context);
        return [.. context.Dates.Select(d => (d.Span.Of(text), d.Start.ToString()))];
    }

    [Fact]
    public void An_older_background_year_does_not_date_a_later_partial_date()
    {
        var text = "Protests first broke out in 2021. The monarchy, toppled in 1979, was invoked again. The governor spoke on March 3.";

        Assert.Contains(("on March 3", "2021-03-03"), Find(text));
    }

    [Fact]
    public void A_month_written_with_its_year_keeps_that_year_when_named_again()
    {
        var text = "Thursday, February 10, 2022\n\nThe crackdown of November 2020 was brutal. The November protests are still remembered.";

        Assert.Contains(("November", "2020-11"), Find(text));
    }

    [Fact]
    public void A_date_alone_on_the_first_line_anchors_an_undated_report()
    {
        var text = "Monday, March 7, 2022\n\nThe cleric spoke on December 30 about the unrest.";

        Assert.Contains(("on December 30", "2021-12-30"), Find(text));
    }

    [Fact]
    public void A_dateline_date_anchors_an_undated_report()
    {
        var text = "ISFAHAN, Jan. 12, 2022 - Farmers rallied on Monday over water shortages.";

        Assert.Contains(("on Monday", "2022-01-10"), Find(text));
    }

    [Fact]
    public void A_date_in_running_text_is_not_a_page_date()
    {
        var text = "The council met on March 7, 2022 and again on December 30.";

        Assert.Contains(("on December 30", "2022-12-30"), Find(text));
    }

    [Fact]
    public void Friday_prayers_are_not_a_date()
    {
        var text = "Saturday, August 1, 2020\n\nThe Friday prayers leader of Qom said the protests were a plot.";

        Assert.DoesNotContain(Find(text), d => d.Text.StartsWith("Friday", StringComparison.Ordinal));
    }
}
