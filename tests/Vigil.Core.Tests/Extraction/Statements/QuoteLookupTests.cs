using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>The statement rules ask which quotation starts, ends or lies at an offset by binary search over the scan's list.</summary>
public sealed class QuoteLookupTests
{
    private const string Text = "He said “we stay” and she said “we go,” then left. “Unclosed";

    [Fact]
    public void Quotations_are_found_by_start_end_and_inner_offset()
    {
        var quotes = QuoteScanner.Scan(Text, 3);
        Assert.Equal(3, quotes.Count);
        var first = Text.IndexOf('“', StringComparison.Ordinal);
        var second = Text.IndexOf('“', first + 1);

        Assert.Equal(1, QuoteScanner.StartingAt(quotes, second));
        Assert.Equal(-1, QuoteScanner.StartingAt(quotes, second + 1));
        Assert.Equal(0, QuoteScanner.EndingAt(quotes, Text.IndexOf('”', StringComparison.Ordinal) + 1));
        Assert.Equal(2, QuoteScanner.EndingAt(quotes, Text.Length)); // an unclosed quotation runs to the end
        Assert.Equal(-1, QuoteScanner.EndingAt(quotes, second));
        Assert.True(QuoteScanner.Inside(quotes, first));
        Assert.True(QuoteScanner.Inside(quotes, second + 3));
        Assert.False(QuoteScanner.Inside(quotes, first - 1));
        Assert.False(QuoteScanner.Inside(quotes, Text.IndexOf("then", StringComparison.Ordinal)));
    }
}
