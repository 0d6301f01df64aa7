using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>
/// A weekday in a sentence whose verb is future ("will tell reporters on Monday", "is due to be sentenced on Sunday") is the
/// coming one; in a sentence whose verb is past, or a "due to" of cause, the last one not after publication (session 26).
/// </summary>
public sealed class DatesFutureVerbTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 3, 13);

    private static (string Text, string Start) Single(string text)
    {
        var context = new ExtractionContext(text, Published);
        new DatesStage(null).Run(context);
        var date = Assert.Single(context.Dates);
        return (date.Span.Of(text), date.Start.ToString());
    }

    [Theory]
    [InlineData("The spokesman will tell reporters on Monday what the court decided.", "2024-03-18")]
    [InlineData("The teacher is due to be sentenced on Sunday in Karaj.", "2024-03-17")]
    [InlineData("The two drivers are due to appear before the court on Monday.", "2024-03-18")]
    [InlineData("Nurses are expected to stop work on Friday across the province.", "2024-03-15")]
    [InlineData("The bakers' guild is set to close its shops on Saturday.", "2024-03-16")]
    [InlineData("She's due to be released on Thursday, her lawyer wrote.", "2024-03-14")]
    [InlineData("The retirees' council plans to gather outside the ministry on Saturday.", "2024-03-16")]
    [InlineData("The student is to be tried on Sunday at the revolutionary court.", "2024-03-17")]
    [InlineData("Farmers threaten to block the road on Monday unless they are paid.", "2024-03-18")]
    public void A_weekday_after_a_future_verb_is_the_coming_one(string text, string start)
    {
        Assert.Equal(start, Single(text).Start);
    }

    [Theory]
    [InlineData("The hearing that was due to open on Monday did not take place.", "2024-03-11")]
    [InlineData("Shops stayed shut due to the strike on Monday in the bazaar.", "2024-03-11")]
    [InlineData("Workers planned to rally on Saturday but were stopped.", "2024-03-09")]
    [InlineData("The lawyer said on Monday that the teacher had been moved.", "2024-03-11")]
    [InlineData("The teachers expected to be paid. They gathered on Sunday in Karaj.", "2024-03-10")]
    [InlineData("Police went to the house on Sunday and took the man away.", "2024-03-10")]
    public void A_weekday_after_a_past_verb_or_a_cause_is_the_last_one(string text, string start)
    {
        Assert.Equal(start, Single(text).Start);
    }

    [Fact]
    public void A_future_verb_in_the_sentence_before_does_not_carry_over()
    {
        Assert.Equal("2024-03-11", Single("The union says it is going to appeal. Its members marched on Monday.").Start);
    }
}
