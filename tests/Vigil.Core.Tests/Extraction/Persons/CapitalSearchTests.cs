using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Persons;

/// <summary>
/// The name scans' jump to the next character that may be a capital skips only characters that are not upper case, and stops
/// at every one that may be: the scans that use it stop where asking every character stopped.
/// </summary>
public class CapitalSearchTests
{
    [Fact]
    public void Stops_at_the_next_ascii_capital()
    {
        const string text = "the crowd in the square, and then Ali spoke";
        Assert.Equal(text.IndexOf('A', StringComparison.Ordinal), CapitalSearch.Next(text, 0, text.Length));
    }

    [Fact]
    public void Stops_at_a_character_outside_ascii_whether_or_not_it_is_a_capital()
    {
        Assert.Equal(11, CapitalSearch.Next("protesters Élise said", 0, 21));
        Assert.Equal(7, CapitalSearch.Next("the café was closed", 0, 19));
        Assert.Equal(5, CapitalSearch.Next("said مهسا", 1, 9));
    }

    [Fact]
    public void Returns_the_end_when_no_character_before_it_may_be_a_capital()
    {
        Assert.Equal(12, CapitalSearch.Next("all lower case. Then", 0, 12));
        Assert.Equal(3, CapitalSearch.Next("abc", 3, 3));
    }

    [Fact]
    public void Skips_no_upper_case_character_of_random_text()
    {
        var pieces = new[] { "a", "z", "A", "Z", "0", " ", "\n", ",", "-", "'", "’", "É", "é", "ß", "Ω", "ω", "م", "ی", "\u200c", "\u0301", "ǅ", "Ⅻ", "word", "Word", "WORD" };
        var random = new Random(28);
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => pieces[random.Next(pieces.Length)]));
            var from = random.Next(text.Length + 1);
            var to = random.Next(from, text.Length + 1);
            var next = CapitalSearch.Next(text, from, to);
            Assert.InRange(next, from, to);
            for (var i = from; i < next; i++)
            {
                Assert.False(UnicodeClasses.IsUpper(text[i]), $"skipped an upper-case character at {i} of \"{text}\"");
            }

            Assert.True(next == to || text[next] >= 0x80 || char.IsAsciiLetterUpper(text[next]));
        }
    }
}
