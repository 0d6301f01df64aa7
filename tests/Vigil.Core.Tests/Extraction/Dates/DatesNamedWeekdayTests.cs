using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>A weekday that is part of a name ("‘Black Friday’") is no day (session 23, invented sentences).</summary>
public sealed class DatesNamedWeekdayTests
{
    private static readonly DateOnly Thursday20230601 = new(2023, 6, 1);

    private static List<string> Find(string text)
    {
        var context = new ExtractionContext(text, Thursday20230601);
        new DatesStage(null).Run(context);
        return [.. context.Dates.Select(d => d.Span.Of(text))];
    }

    [Theory]
    [InlineData("Families marked the day now called ‘Black Friday’ in Zahedan.")]
    [InlineData("Families marked the day now called “Black Friday,” in Zahedan.")]
    [InlineData("Families recalled the Black Friday shooting in Zahedan.")]
    public void A_weekday_inside_a_name_is_no_date(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("\"On Friday, police fired on the crowd,\" a witness said.", "Friday")]
    [InlineData("Protesters gathered in Tehran Friday.", "Friday")]
    public void A_weekday_after_a_capitalised_word_that_opens_no_name_stays_a_date(string text, string day)
    {
        Assert.Contains(Find(text), s => s.EndsWith(day, StringComparison.Ordinal));
    }
}
