using Vigil.Core;

namespace Vigil.Core.Tests;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "incident", "0 incidents")]
    [InlineData(1, "incident", "1 incident")]
    [InlineData(2, "source", "2 sources")]
    [InlineData(1, "match", "1 match")]
    [InlineData(3, "match", "3 matches")]
    [InlineData(2, "speaker", "2 speakers")]
    [InlineData(4, "entry", "4 entries")]
    [InlineData(2, "day", "2 days")]
    [InlineData(12004, "blob", "12004 blobs")]
    public void Counts_a_noun_in_the_number_it_calls_for(long count, string noun, string expected) =>
        Assert.Equal(expected, Plural.Of(count, noun));

    [Fact]
    public void Takes_an_irregular_plural() =>
        Assert.Equal(("1 audit entry", "2 audit entries"), (Plural.Of(1, "audit entry", "audit entries"), Plural.Of(2, "audit entry", "audit entries")));
}
