using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Figures;

namespace Vigil.Core.Tests.Extraction.Figures;

/// <summary>A number after "including" or "among them" is part of a figure given before it (session 25, invented sentences).</summary>
public sealed class FiguresPartTests
{
    private static List<FigureMention> Run(string text)
    {
        var context = new ExtractionContext(text, null);
        new FiguresStage(new FiguresOptions()).Run(context);
        return [.. context.Figures];
    }

    [Theory]
    [InlineData("At least 35 Kurdish citizens, including 6 children, were arrested in Bukan.", 35, CasualtyKind.Arrested)]
    [InlineData("At least 230 people, including 31 minors, have been killed.", 230, CasualtyKind.Killed)]
    [InlineData("Thirty people, among them 8 women, were arrested.", 30, CasualtyKind.Arrested)]
    [InlineData("Forty people, of whom 9 are children, were detained.", 40, CasualtyKind.Arrested)]
    public void The_whole_is_the_count_and_the_part_is_none(string text, int min, CasualtyKind kind)
    {
        var figure = Assert.Single(Run(text));

        Assert.Equal(min, figure.Range.Min);
        Assert.Equal(kind, figure.Kind);
    }

    [Fact]
    public void A_number_after_including_with_no_whole_before_it_is_a_count()
    {
        var figure = Assert.Single(Run("Police detained students, including 12 women, in Tabriz."));

        Assert.Equal(12, figure.Range.Min);
    }

    [Theory]
    [InlineData("Ali Karimi and Reza Nouri were both executed in Shiraz.", CasualtyKind.Killed)]
    [InlineData("Police arrested both men in Shiraz.", CasualtyKind.Arrested)]
    public void Both_counts_two_people(string text, CasualtyKind kind)
    {
        var figure = Assert.Single(Run(text));

        Assert.Equal((2, kind), (figure.Range.Min, figure.Kind));
    }
}
