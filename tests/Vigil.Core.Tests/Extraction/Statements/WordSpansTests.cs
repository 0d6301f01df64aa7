using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>
/// Session 29: <see cref="Word.Spans"/> finds a word's ASCII letters and digits by a vector search before its character loop;
/// the tokens must be the ones the loop alone made, on any text.
/// </summary>
public sealed class WordSpansTests
{
    // The enumerator as it was before the search: one character at a time.
    private static List<(int, int)> ByCharacter(string text, int from, int to)
    {
        var spans = new List<(int, int)>();
        var i = from;
        while (true)
        {
            while (i < to && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= to)
            {
                return spans;
            }

            var start = i;
            if (!UnicodeClasses.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            else
            {
                while (i < to && (UnicodeClasses.IsLetterOrDigit(text[i])
                    || (text[i] is '’' or '\'' or '-' && i + 1 < to && UnicodeClasses.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                if (i - start == 1 && UnicodeClasses.IsUpper(text[start]))
                {
                    var j = i;
                    while (j + 1 < to && text[j] == '.' && UnicodeClasses.IsUpper(text[j + 1]) && (j + 2 >= to || !UnicodeClasses.IsLetterOrDigit(text[j + 2])))
                    {
                        j += 2;
                    }

                    if (j > i)
                    {
                        i = j < to && text[j] == '.' ? j + 1 : j;
                        spans.Add((start, i));
                        continue;
                    }
                }

                if (i < to && text[i] == '.' && i - start <= 4 && UnicodeClasses.IsUpper(text[start]) && (i + 1 >= to || text[i + 1] == ' ') && Word.IsAbbreviation(text.AsSpan(start, i - start)))
                {
                    i++;
                }
            }

            spans.Add((start, i));
        }
    }

    private static List<(int, int)> BySearch(string text, int from, int to)
    {
        var spans = new List<(int, int)>();
        foreach (var span in Word.Spans(text, from, to))
        {
            spans.Add(span);
        }

        return spans;
    }

    [Theory]
    [InlineData("Mr. Qarvandi's aide, Gen. Bakhtar-Nouri, told U.S. envoys on 12 Azar: “no.”")]
    [InlineData("The Q.R. Council’s 2,400-member panel met in Sanandaj—and left.")]
    [InlineData("Négar Éffati، ۱۲ نفر و Ali-۳ rock'n'roll A.B.C. x-")]
    public void Invented_sentences_split_as_the_character_loop_splits_them(string text)
    {
        for (var from = 0; from <= text.Length; from += 3)
        {
            Assert.Equal(ByCharacter(text, from, text.Length), BySearch(text, from, text.Length));
            Assert.Equal(ByCharacter(text, 0, from), BySearch(text, 0, from));
        }
    }

    [Fact]
    public void Random_texts_split_as_the_character_loop_splits_them()
    {
        const string alphabet = "aZq09 .'’-,\u00e9\u0645\u06f1\t\nMrDUS";
        var random = new Random(29);
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var from = random.Next(0, text.Length + 1);
            var to = random.Next(from, text.Length + 1);
            Assert.Equal(ByCharacter(text, from, to), BySearch(text, from, to));
        }
    }
}
