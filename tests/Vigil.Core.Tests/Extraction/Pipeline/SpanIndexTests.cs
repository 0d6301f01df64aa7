using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class SpanIndexTests
{
    private static readonly TextSpan[] InTextOrder = [new(0, 5), new(10, 20), new(12, 14), new(30, 60), new(70, 71)];

    // Unsorted, with two records starting at 12: answers still come in list order.
    private static readonly TextSpan[] OutOfOrder = [new(30, 60), new(12, 14), new(0, 5), new(12, 13), new(10, 20)];

    [Fact]
    public void Records_starting_in_a_range_come_in_list_order()
    {
        var found = new List<int>();
        new SpanIndex(InTextOrder).StartingIn(10, 30, found);
        Assert.Equal([1, 2, 3], found);

        new SpanIndex(OutOfOrder).StartingIn(10, 29, found);
        Assert.Equal([1, 3, 4], found);
    }

    [Fact]
    public void Near_includes_a_long_record_that_starts_before_the_range()
    {
        var found = new List<int>();
        new SpanIndex(InTextOrder).Near(50, 55, found);
        Assert.Contains(3, found); // [30, 60) overlaps [50, 55) though it starts 20 characters before
        Assert.DoesNotContain(4, found);
    }

    [Fact]
    public void Last_is_the_last_accepted_record_in_list_order()
    {
        Assert.Equal(2, new SpanIndex(InTextOrder).Last(0, 29, _ => true));
        Assert.Equal(1, new SpanIndex(InTextOrder).Last(0, 29, i => i != 2));
        Assert.Equal(3, new SpanIndex(OutOfOrder).Last(11, 12, _ => true));
        Assert.Equal(1, new SpanIndex(OutOfOrder).Last(11, 12, i => i != 3));
        Assert.Equal(-1, new SpanIndex(OutOfOrder).Last(61, 100, _ => true));
    }
}
