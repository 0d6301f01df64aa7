namespace Vigil.Cli.Tests;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("Security forces arrested 35 students at Sharif University", 30, "Security forces arrested 35…")]
    [InlineData("Police arrested, beat and\nreleased them", 28, "Police arrested, beat and…")]
    [InlineData("short", 30, "short")]
    [InlineData("Supercalifragilisticexpialidocious", 10, "Supercali…")]
    public void Cuts_at_a_word_with_an_ellipsis(string text, int length, string expected)
    {
        var clipped = CellText.Clip(text, length);

        Assert.Equal(expected, clipped);
        Assert.True(clipped.Length <= length);
    }
}
