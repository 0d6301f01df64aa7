using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>
/// A month's name written in lower case ("16th november, 2019") is a month when its year is written with it (session 26;
/// before, the English pack's capitals rule dropped it, and the publication date stood in).
/// </summary>
public sealed class DatesLowerCaseMonthTests
{
    private static readonly DateOnly Published = new(2020, 2, 10);

    private static List<(string Text, string Start)> Find(string text)
    {
        var context = new ExtractionContext(text, Published);
        new DatesStage(null).Run(context);
        return [.. context.Dates.Select(d => (d.Span.Of(text), d.Start.ToString()))];
    }

    [Theory]
    [InlineData("Guards raided the dormitory on 16th november, 2019.", "2019-11-16")]
    [InlineData("Guards raided the dormitory on 16 november 2019.", "2019-11-16")]
    [InlineData("On november 16, 2019, guards raided the dormitory.", "2019-11-16")]
    [InlineData("On saturday, november 16, 2019, guards raided the dormitory.", "2019-11-16")]
    [InlineData("Guards raided the dormitory in november 2019.", "2019-11")]
    public void A_lower_case_month_with_its_year_is_a_month(string text, string start)
    {
        Assert.Equal(start, Assert.Single(Find(text)).Start);
    }

    [Theory]
    [InlineData("In november the guards raided the dormitory.")]
    [InlineData("An august body of judges met on 3 august.")]
    [InlineData("They may 2019 times have said so.")]
    public void A_lower_case_month_without_its_year_or_an_ambiguous_one_is_no_date(string text)
    {
        Assert.Empty(Find(text));
    }
}
