namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// Reported speech with its attribution at the end and no quotation marks: "Security forces killed three people in
/// the city, the group said on Tuesday." The words said are the clause before the comma that precedes the speaker,
/// when the verb leaves nothing (or only a date) after it.
/// </summary>
internal static class TrailingAttributionRule
{
    private const int MinWords = 4;

    /// <summary>The clause said, from <paramref name="left"/> to the comma before <paramref name="subjectStart"/>; null when the shape does not fit.</summary>
    public static TextSpan? Said(string text, int left, int subjectStart)
    {
        var k = subjectStart - 1;
        while (k > left && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        if (k <= left || text[k] != ',')
        {
            return null;
        }

        while (left < k && char.IsWhiteSpace(text[left]))
        {
            left++;
        }

        var said = new TextSpan(left, k);
        return Words(text, said) >= MinWords ? said : null;
    }

    /// <summary>
    /// Whether the clause said holds a speech verb after a word of its own ("Karimi said that …, Reuters reports"):
    /// then the trailing attribution relays a remark, it does not make one.
    /// </summary>
    public static bool HasSpeechVerb(string text, TextSpan said, StatementLexicon lexicon)
    {
        var words = 0;
        foreach (var (start, end) in Word.Spans(text, said.Start, said.End))
        {
            if (!UnicodeClasses.IsLetter(text[start]))
            {
                continue;
            }

            var word = text.AsSpan(start, end - start);
            if (words++ > 0 && lexicon.Classes["relay-verbs"].GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static int Words(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var letter = UnicodeClasses.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
