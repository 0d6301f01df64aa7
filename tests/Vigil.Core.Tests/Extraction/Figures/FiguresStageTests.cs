using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Figures;

namespace Vigil.Core.Tests.Extraction.Figures;

public class FiguresStageTests
{
    private static List<FigureMention> Run(string text, FiguresOptions? options = null)
    {
        var context = new ExtractionContext(text, null);
        new FiguresStage(options ?? new FiguresOptions()).Run(context);
        return [.. context.Figures];
    }

    private static FigureMention Single(string text)
    {
        var counts = Run(text);
        Assert.Single(counts);
        return counts[0];
    }

    [Theory]
    [InlineData("Security forces killed over 1,500 people in November.", 1500, null)]
    [InlineData("At least 304 people were killed, Amnesty said.", 304, null)]
    [InlineData("More than 200 protesters were killed.", 200, null)]
    [InlineData("Between 24,000 and 25,000 people were arrested.", 24000, 25000)]
    [InlineData("Some 24,000 to 25,000 people were arrested.", 24000, 25000)]
    [InlineData("Two protesters were killed in Shiraz.", 2, 2)]
    [InlineData("A dozen people were injured.", 12, 12)]
    [InlineData("Hundreds of people were arrested.", 200, null)]
    [InlineData("Dozens were wounded.", 24, null)]
    [InlineData("Thousands were detained in the crackdown.", 2000, null)]
    [InlineData("Tens of thousands were arrested.", 20000, null)]
    [InlineData("Some 300 people were arrested.", 300, 300)]
    [InlineData("Nearly 100 people were killed.", 100, 100)]
    [InlineData("Twenty-five protesters were killed.", 25, 25)]
    [InlineData("Two hundred protesters were detained.", 200, 200)]
    [InlineData("About 1.5 million people were arrested.", 1500000, 1500000)]
    public void Reads_the_figure_as_a_range(string text, int min, int? max)
    {
        var count = Single(text);
        Assert.Equal(new FigureRange(min, max), count.Range);
    }

    [Theory]
    [InlineData("304 people were killed in the protests.", CasualtyKind.Killed)]
    [InlineData("The regime quelled the society by killing at least 1,500 people.", CasualtyKind.Killed)]
    [InlineData("The death toll rose to 300 on Sunday.", CasualtyKind.Killed)]
    [InlineData("There were 1,500 dead after a week.", CasualtyKind.Killed)]
    [InlineData("Officials said 7,000 arrested people were released.", CasualtyKind.Arrested)]
    [InlineData("Police detained 500 protesters in Tehran.", CasualtyKind.Arrested)]
    [InlineData("The security forces injured thousands.", CasualtyKind.Injured)]
    [InlineData("The regime executed two men at dawn.", CasualtyKind.Killed)]
    [InlineData("Forty people were wounded by birdshot.", CasualtyKind.Injured)]
    [InlineData("Six protesters were martyred in Mahshahr.", CasualtyKind.Killed)]
    [InlineData("He paid tribute to the over 30,000 slain martyrs of the 1988 massacres.", CasualtyKind.Killed)]
    [InlineData("He took part in the massacre of more than 30,000 political prisoners in 1988.", CasualtyKind.Killed)]
    public void Attaches_the_figure_to_its_category(string text, CasualtyKind kind)
    {
        Assert.Equal(kind, Single(text).Kind);
    }

    [Fact]
    public void Attaches_each_figure_of_a_sentence_to_its_own_category()
    {
        var counts = Run("Security forces killed 20 people and injured 30 others; 150 were arrested.");
        Assert.Equal(
            [(CasualtyKind.Killed, 20), (CasualtyKind.Injured, 30), (CasualtyKind.Arrested, 150)],
            counts.Select(c => (c.Kind, c.Range.Min)));
    }

    [Fact]
    public void Span_covers_the_figure_and_its_category_word()
    {
        const string text = "Officials admit that at least 304 people were killed.";
        var count = Single(text);
        Assert.Equal("at least 304 people were killed", count.Span.Of(text));
    }

    [Theory]
    [InlineData("A 22-year-old was killed in Tehran.")]
    [InlineData("In 2019, the regime killed protesters.")]
    [InlineData("Protests spread to 100 cities where people were arrested.")]
    [InlineData("Prices rose 50 percent and people were arrested.")]
    [InlineData("Fuel costs $3 and many were killed.")]
    [InlineData("They have 24,000 members in Tehran alone.")]
    [InlineData("The regime killed people for 40 years.")]
    public void Ignores_numbers_that_are_not_head_counts(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Keeps_a_year_like_number_when_the_options_allow_it()
    {
        var counts = Run("Officials said 2000 were arrested.", new FiguresOptions { AllowYearLikeNumbers = true });
        Assert.Equal(FigureRange.Exactly(2000), Assert.Single(counts).Range);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,2,3,4,5,6,7,8,9,10,11,12,13 killed 14 15 16 injured 17 arrested 18")]
    [InlineData("99999999999999999999999 killed")]
    [InlineData("معترضان در تهران کشته شدند ۳۰۰")]
    public void Never_throws_on_odd_input(string text)
    {
        var counts = Run(text);
        Assert.All(counts, c => Assert.True(c.Span.Start >= 0 && c.Span.End <= text.Length));
    }

    [Fact]
    public void Finishes_a_long_line_full_of_numbers()
    {
        var text = string.Concat(Enumerable.Repeat("12 killed 1,500 dead at least 3 arrested ", 50_000));
        var counts = Run(text);
        Assert.Equal(150_000, counts.Count);
    }
}
