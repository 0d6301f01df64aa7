using System.Globalization;
using System.Runtime.CompilerServices;

namespace Vigil.Core.Extraction.Figures;

/// <summary>
/// Reads number expressions from tokens: digits with separators and decimals ("1,500", "1.5 million"),
/// number words ("two", "twenty-five", "two hundred", "a dozen"), vague quantities ("hundreds",
/// "tens of thousands"), a modifier before them ("over", "at least", "some") and ranges ("24,000 to 25,000",
/// "between 24,000 and 25,000", "two or three").
/// </summary>
internal static class NumberReader
{
    /// <summary>Reads an expression starting exactly at token <paramref name="index"/>; false when there is none.</summary>
    /// <remarks>
    /// Inlined into the figures stage, which asks at every token, up to the test that turns most tokens away without a call:
    /// an expression opens with a number token, "between", a modifier or a number word, and the two tries' first-word filters
    /// (inlined too) answer for the last two (the call and its set-up for every token were most of <c>TryRead</c>'s 1.7 % of
    /// the instructions of `vigil-extract` over English reports, docs/pipeline/pipeline.md, session 26).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(string text, List<WordToken> tokens, int index, int limit, FigureLexicon lexicon, out NumberMatch match)
    {
        var opening = tokens[index];
        if (opening.Kind != WordKind.Number && (opening.Kind != WordKind.Word || opening.Length != Between.Length)
            && lexicon.Modifiers.Match(tokens, index, limit, out _) == 0 && lexicon.Numbers.Match(tokens, index, limit, out _) == 0)
        {
            match = default;
            return false;
        }

        return TryReadFrom(text, tokens, index, limit, lexicon, out match);
    }

    private const string Between = "between";

    private static bool TryReadFrom(string text, List<WordToken> tokens, int index, int limit, FigureLexicon lexicon, out NumberMatch match)
    {
        match = default;
        var j = index;
        FigureModifier? modifier = null;
        var between = false;

        if (tokens[j].Kind == WordKind.Word && tokens[j].Of(text).Equals(Between, StringComparison.OrdinalIgnoreCase))
        {
            between = true;
            j++;
        }
        else
        {
            var m = lexicon.Modifiers.Match(tokens, j, limit, out var mod);
            if (m > 0)
            {
                modifier = mod;
                j += m;
            }
        }

        if (j >= limit || !TryReadValue(text, tokens, j, limit, lexicon, out var first, out var next, out var yearLike))
        {
            return false;
        }

        var range = first;
        var end = next;

        // A second figure makes a range: "X to Y", "X-Y", "X or Y", "between X and Y".
        if (next + 1 < limit && first.Max == first.Min)
        {
            var sep = tokens[next];
            var sepText = sep.Of(text);
            var isSep = between
                ? sepText.Equals("and", StringComparison.OrdinalIgnoreCase)
                : sepText.Equals("to", StringComparison.OrdinalIgnoreCase) || sepText.Equals("or", StringComparison.OrdinalIgnoreCase)
                    || (sep.Kind == WordKind.Punct && (sepText[0] == '-' || sepText[0] == '–') && sep.Start == tokens[next - 1].End);
            if (isSep && TryReadValue(text, tokens, next + 1, limit, lexicon, out var second, out var afterSecond, out _)
                && second.Max == second.Min && second.Min > first.Min)
            {
                range = new FigureRange(first.Min, second.Min);
                end = afterSecond;
                yearLike = false;
            }
        }

        if (between && range.Max == range.Min)
        {
            return false;
        }

        if (modifier == FigureModifier.AtLeast && range.Max == range.Min)
        {
            range = FigureRange.AtLeast(range.Min);
        }

        match = new NumberMatch(index, end, range, yearLike && modifier is null);
        return true;
    }

    private static bool TryReadValue(string text, List<WordToken> tokens, int j, int limit, FigureLexicon lexicon, out FigureRange value, out int next, out bool yearLike)
    {
        value = default;
        next = j;
        yearLike = false;
        var t = tokens[j];
        long exact;
        if (t.Kind == WordKind.Number)
        {
            if (!TryParseDigits(t.Of(text), out var number))
            {
                return false;
            }

            next = j + 1;
            var multiplier = MultiplierAt(text, tokens, next, limit);
            if (multiplier > 1)
            {
                next++;
            }
            else
            {
                var digits = t.Of(text);
                yearLike = digits.Length == 4 && number >= 1900 && number <= 2100 && number == Math.Floor(number);
            }

            var scaled = number * multiplier;
            if (scaled < 0 || scaled > int.MaxValue)
            {
                return false;
            }

            value = FigureRange.Exactly((int)scaled);
            return true;
        }

        var n = lexicon.Numbers.Match(tokens, j, limit, out var words);
        if (n == 0)
        {
            return false;
        }

        next = j + n;
        if (words.Max != words.Min)
        {
            value = words;
            return true;
        }

        exact = words.Min;

        // "twenty-five": a tens word, a hyphen, a unit word.
        if (exact is >= 20 and <= 90 && exact % 10 == 0 && next + 1 < limit && tokens[next].Is(text, '-')
            && lexicon.Numbers.Match(tokens, next + 1, next + 2, out var unit) == 1 && unit.Max == unit.Min && unit.Min < 10)
        {
            exact += unit.Min;
            next += 2;
        }

        var mult = MultiplierAt(text, tokens, next, limit);
        if (mult > 1)
        {
            exact *= (long)mult;
            next++;
        }

        if (exact > int.MaxValue)
        {
            return false;
        }

        value = FigureRange.Exactly((int)exact);
        return true;
    }

    private static double MultiplierAt(string text, List<WordToken> tokens, int j, int limit)
    {
        if (j >= limit || tokens[j].Kind != WordKind.Word)
        {
            return 1;
        }

        var w = tokens[j].Of(text);
        return w.Equals("hundred", StringComparison.OrdinalIgnoreCase) ? 100
            : w.Equals("thousand", StringComparison.OrdinalIgnoreCase) ? 1_000
            : w.Equals("million", StringComparison.OrdinalIgnoreCase) ? 1_000_000
            : 1;
    }

    /// <summary>A number token's value: digits with a decimal point, and commas only as thousands separators ("1,500"; "3,4" is none).</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> digits, out double value)
    {
        value = 0;
        if (digits.Length > 15)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[digits.Length];
        var n = 0;
        var commas = 0;
        foreach (var c in digits)
        {
            if (c == ',')
            {
                commas++;
            }
            else
            {
                buffer[n++] = c;
            }
        }

        // A comma is a thousands separator only in groups of three ("1,500"); "3,4" is a list or a decimal comma.
        if (commas > 0 && digits.IndexOf('.') < 0)
        {
            var lastComma = digits.LastIndexOf(',');
            if (digits.Length - lastComma - 1 != 3)
            {
                return false;
            }
        }

        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
