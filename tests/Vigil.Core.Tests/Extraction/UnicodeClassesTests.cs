using System.Globalization;
using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction;

public class UnicodeClassesTests
{
    [Fact]
    public void Answers_as_the_runtime_does_for_every_utf16_code_unit()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var category = char.GetUnicodeCategory(c);
            Assert.True(char.IsLetter(c) == UnicodeClasses.IsLetter(c), $"IsLetter U+{i:X4}");
            Assert.True(char.IsLetterOrDigit(c) == UnicodeClasses.IsLetterOrDigit(c), $"IsLetterOrDigit U+{i:X4}");
            Assert.True(char.IsDigit(c) == UnicodeClasses.IsDigit(c), $"IsDigit U+{i:X4}");
            Assert.True(char.IsUpper(c) == UnicodeClasses.IsUpper(c), $"IsUpper U+{i:X4}");
            Assert.True(char.IsLower(c) == UnicodeClasses.IsLower(c), $"IsLower U+{i:X4}");
            Assert.True((category == UnicodeCategory.NonSpacingMark) == UnicodeClasses.IsNonSpacingMark(c), $"IsNonSpacingMark U+{i:X4}");
            Assert.True(
                (category is <= UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
                    == UnicodeClasses.IsLetterOrNumber(c),
                $"IsLetterOrNumber U+{i:X4}");
        }
    }

    [Theory]
    [InlineData('a', true, true, false)]
    [InlineData('Z', true, true, false)]
    [InlineData('7', false, true, false)]
    [InlineData('۷', false, true, false)] // Persian digit seven
    [InlineData('ک', true, true, false)] // Persian kaf
    [InlineData('\u064F', false, false, true)] // damma, a Persian short vowel
    [InlineData('\u0301', false, false, true)] // combining acute accent
    [InlineData('\u200C', false, false, false)] // zero-width non-joiner
    [InlineData(',', false, false, false)]
    [InlineData('Ⅻ', false, false, false)] // a letter-like number: neither letter nor digit
    public void Classes_letters_digits_and_marks(char c, bool letter, bool letterOrDigit, bool mark)
    {
        Assert.Equal(letter, UnicodeClasses.IsLetter(c));
        Assert.Equal(letterOrDigit, UnicodeClasses.IsLetterOrDigit(c));
        Assert.Equal(mark, UnicodeClasses.IsNonSpacingMark(c));
    }
}
