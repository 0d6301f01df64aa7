namespace Vigil.Core.Extraction.Dates;

/// <summary>What a word of dates.txt's future lines does before "to" (see <see cref="FutureBeforeTo"/>).</summary>
internal enum FutureBeforeToKind : byte
{
    /// <summary>A present form of "be" (<c>future-be</c>): "is to be sentenced", and before a <see cref="AfterBe"/> word.</summary>
    Be = 1,

    /// <summary>A word that is a future after a present "be" (<c>future-after-be</c>): "is due to", "are expected to".</summary>
    AfterBe,

    /// <summary>A present verb of intention (<c>future-to</c>): "plans to", "intends to".</summary>
    Verb,
}

/// <summary>
/// The verb phrases before "to" that put a sentence in the future ("is due to be sentenced on Sunday", "plans to rally on
/// Friday"): read from the last one or two words of the text before the "to", not from the scan's tokens, so the words stay
/// ordinary words for every other rule of the parser. Past forms ("was due to", "planned to") are not listed: a weekday
/// after them is a day already gone or told from the past.
/// </summary>
internal sealed class FutureBeforeTo(Dictionary<string, FutureBeforeToKind> words)
{
    public static readonly FutureBeforeTo None = new([]);

    private readonly Dictionary<string, FutureBeforeToKind>.AlternateLookup<ReadOnlySpan<char>> _lookup =
        words.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly bool _empty = words.Count == 0;

    /// <summary>The kind a dates.txt role names, or null when it is none of the three future lines.</summary>
    public static FutureBeforeToKind? KindNamed(string role) => role.ToLowerInvariant() switch
    {
        "future-be" => FutureBeforeToKind.Be,
        "future-after-be" => FutureBeforeToKind.AfterBe,
        "future-to" => FutureBeforeToKind.Verb,
        _ => null,
    };

    /// <summary>True when the last words of <paramref name="text"/> (the words right before a "to") make a future.</summary>
    public bool Matches(ReadOnlySpan<char> text)
    {
        if (_empty)
        {
            return false;
        }

        var last = LastWord(ref text);
        if (last.IsEmpty || !_lookup.TryGetValue(last, out var kind))
        {
            return false;
        }

        if (kind is FutureBeforeToKind.Be or FutureBeforeToKind.Verb)
        {
            return true;
        }

        // "due", "expected" need a present "be" right before them: "due to the protests" is a cause, "was due to" a past.
        var before = LastWord(ref text);
        return !before.IsEmpty && _lookup.TryGetValue(before, out var beforeKind) && beforeKind == FutureBeforeToKind.Be;
    }

    // The run of letters ending the text (after trailing white space), cut off it; empty when the text ends otherwise.
    // An apostrophe before the letters ends the word: "he's due" reads "s" and "due".
    private static ReadOnlySpan<char> LastWord(ref ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && UnicodeClasses.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..end];
        text = text[..start];
        if (start > 0 && text[start - 1] is '\'' or '\u2019')
        {
            text = text[..(start - 1)];
        }

        return word;
    }
}
