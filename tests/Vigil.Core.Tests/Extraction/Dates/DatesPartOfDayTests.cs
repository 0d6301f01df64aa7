using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>
/// "This morning", "this afternoon", "this evening" are the day of publication and "last evening" the day before (session 26;
/// before, only "last night" and "tonight" were read, and the others left the publication date standing in).
/// </summary>
public sealed class DatesPartOfDayTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2019, 11, 20);

    private static List<(string Text, string Start)> Find(string text)
    {
        var context = new ExtractionContext(text, Published);
        new DatesStage(null).Run(context);
        return [.. context.Dates.Select(d => (d.Span.Of(text), d.Start.ToString()))];
    }

    [Theory]
    [InlineData("Guards raided the dormitory this morning.\nNo one was hurt.", "this morning", "2019-11-20")]
    [InlineData("Guards raided the dormitory this afternoon.", "this afternoon", "2019-11-20")]
    [InlineData("Guards raided the dormitory this evening.", "this evening", "2019-11-20")]
    [InlineData("Guards raided the dormitory last evening.", "last evening", "2019-11-19")]
    [InlineData("Guards raided the dormitory last night.", "last night", "2019-11-19")]
    public void A_part_of_this_or_last_day_is_that_day(string text, string span, string start)
    {
        var date = Assert.Single(Find(text));

        Assert.Equal((span, start), (date.Text, date.Start));
    }

    [Theory]
    [InlineData("The last morning of the sit-in was quiet.")]
    [InlineData("Guards came in the morning and left in the evening.")]
    [InlineData("The next morning the guards came back.")]
    public void A_part_of_a_day_without_this_or_last_is_no_date(string text)
    {
        Assert.Empty(Find(text));
    }
}
