namespace Vigil.Core.Extraction.Statements;

/// <summary>A token of a phrase: a word (letters, digits, inner apostrophes and hyphens, a title's dot) or one punctuation mark.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Text">The token's text.</param>
internal readonly record struct Word(int Start, int End, string Text)
{
    // One shared string per ASCII punctuation mark: punctuation tokens are frequent and never need a fresh copy.
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public bool IsWord => Text.Length > 0 && UnicodeClasses.IsLetterOrDigit(Text[0]);

    public bool IsCapitalised => Text.Length > 0 && UnicodeClasses.IsUpper(Text[0]);

    public bool IsPossessive => Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("s’", StringComparison.Ordinal);

    /// <summary>The word without a possessive ending.</summary>
    public string Bare => IsPossessive ? Text[..^2] : Text;

    /// <summary>
    /// Splits <paramref name="text"/>[from, to) into words and punctuation marks, the first <paramref name="max"/> of them
    /// (a caller that reads only the first few words stops there: the words are the same as the whole split's first ones).
    /// </summary>
    public static List<Word> Split(string text, int from, int to, int max = int.MaxValue)
    {
        var words = new List<Word>(Math.Min(Math.Clamp((to - from) / 5, 4, 256), Math.Max(max, 0)));
        foreach (var (start, end) in Spans(text, from, to))
        {
            if (words.Count >= max)
            {
                break;
            }

            var c = text[start];
            words.Add(new Word(start, end, UnicodeClasses.IsLetterOrDigit(c) ? text[start..end] : c < 128 ? Ascii[c] : c.ToString()));
        }

        return words;
    }

    /// <summary>Where each token <see cref="Split"/> makes of <paramref name="text"/>[from, to) starts and ends, without making it.</summary>
    public static SpanEnumerator Spans(string text, int from, int to) => new(text, from, to);

    /// <summary>The (start, end) of each token of a range, in text order: <see cref="Split"/>'s tokens by offsets only.</summary>
    public ref struct SpanEnumerator
    {
        private readonly string _text;
        private readonly int _to;
        private int _i;

        internal SpanEnumerator(string text, int from, int to)
        {
            _text = text;
            _i = from;
            _to = to;
        }

        public (int Start, int End) Current { get; private set; }

        public readonly SpanEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            var to = _to;
            var i = _i;
            while (i < to && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= to)
            {
                _i = i;
                return false;
            }

            var start = i;
            if (!UnicodeClasses.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            else
            {
                // A word's ASCII letters and digits by a vector search (most words are all of them; the enumerator was 3 % of
                // the instructions over 400 reports, docs/pipeline/pipeline.md, session 29), then the loop from what ends them.
                i = Persons.CapitalSearch.AsciiLettersAndDigitsEnd(text, i, to);
                while (i < to && (UnicodeClasses.IsLetterOrDigit(text[i])
                    || (text[i] is '’' or '\'' or '-' && i + 1 < to && UnicodeClasses.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                // Keep the dot of a short title or initial ("Gen.", "Mr.", "U.S.").
                // "U.N.", "U.S.": capitals each followed by a dot are one word.
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
                        _i = i;
                        Current = (start, i);
                        return true;
                    }
                }

                if (i < to && text[i] == '.' && i - start <= 4 && UnicodeClasses.IsUpper(text[start]) && (i + 1 >= to || text[i + 1] == ' ') && IsAbbreviation(text.AsSpan(start, i - start)))
                {
                    i++;
                }
            }

            _i = i;
            Current = (start, i);
            return true;
        }
    }

    public static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word.Length == 1 || word is "Mr" or "Mrs" or "Ms" or "Dr" or "Gen" or "Brig" or "Maj" or "Col" or "Lt" or "Capt" or "Adm" or "Sen" or "Rep" or "Gov" or "Prof" or "St" or "Rev" or "Amb" or "Cmdr" or "Jr" or "Sr" or "No";
}
