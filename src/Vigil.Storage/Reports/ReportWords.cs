using System.Buffers.Binary;
using System.Text;

namespace Vigil.Storage.Reports;

/// <summary>
/// A report's words as PostgreSQL's <c>to_tsvector('simple', …)</c> makes them for <c>reports.search_vector</c>
/// (<see cref="SearchReports"/>: the title and body joined by a space, cut to 262,144 characters, folded), made in the
/// client and written as tsvector's binary form into the reports' <c>COPY</c>, so the server does not parse every report
/// (~90 % of that <c>COPY</c>'s CPU, docs/scaling.md sessions 25–26). Only text whose every token the <c>default</c> parser
/// is known to make the same way is accepted: letters and digits (ASCII, Latin-1 letters, the Arabic-script letters Persian
/// uses, Arabic vowel marks after a letter), words with digits, hyphenated words (the whole word, then each part, each its own position), unsigned and signed
/// integers and decimals, and a closed list of separators. Anything else — URLs, e-mail addresses, paths, times, tags,
/// entities, versions, exponents, a mark not after a letter, other scripts, characters it does not list — makes <see cref="Vector(string?, string)"/>
/// return null, and the server makes the words (the reports' insert trigger fills a missing vector). The rules were checked
/// against the server's <c>to_tsvector</c> (ReportWordsTests); the store only uses them on a server whose settings they were
/// checked for (<see cref="ReportWordsCheck"/>).
/// </summary>
internal static class ReportWords
{
    /// <summary>Characters of a report indexed: the generated column's <c>left(…, 262144)</c>.</summary>
    internal const int IndexedChars = 262_144;

    // PostgreSQL's limits: a token of 2,047 bytes or more is skipped (MAXSTRLEN, "word is too long to be indexed"), positions
    // stop at 16,383 (MAXENTRYPOS - 1), a lexeme keeps at most 255 positions (MAXNUMPOS - 1), and a vector's lexemes hold
    // less than 1 MB (MAXSTRPOS; the server fails the row past it, so such a text is left to the server).
    private const int MaxTokenBytes = 2_047;
    private const int MaxPosition = 16_383;
    private const int MaxPositions = 255;
    private const int MaxLexemeBytes = (1 << 20) - 1;

    /// <summary>
    /// The binary tsvector of the report with <paramref name="title"/> and <paramref name="body"/>, as the column's
    /// expression would make it, or null when the text holds something these rules do not make for certain.
    /// </summary>
    public static byte[]? Vector(string? title, string body)
    {
        var text = string.Concat(title ?? string.Empty, " ", body);
        if (text.Length > IndexedChars)
        {
            // left() counts code points; the rules accept no surrogate, so a text with one is refused whatever the cut.
            if (text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                return null;
            }

            text = text[..IndexedChars];
        }

        return VectorOf(SearchReports.Fold(text));
    }

    /// <summary>The binary tsvector of <c>to_tsvector('simple', <paramref name="text"/>)</c>, or null (refused).</summary>
    public static byte[]? VectorOf(string text)
    {
        var words = new Words();
        return Tokenize(text, words) ? words.ToBinary() : null;
    }

    /// <summary>
    /// The lexemes of <paramref name="text"/> with their positions, in the vector's order (for tests and the check), or null.
    /// </summary>
    public static IReadOnlyList<(string Lexeme, IReadOnlyList<int> Positions)>? Lexemes(string text)
    {
        var words = new Words();
        return Tokenize(text, words) ? words.Sorted().Select(w => (w.Key, (IReadOnlyList<int>)[.. w.Value])).ToList() : null;
    }

    // One pass over the text, as the parser's base state sees it; false at the first thing the rules do not cover.
    private static bool Tokenize(string s, Words words)
    {
        var n = s.Length;
        var i = 0;
        var afterCompound = false;
        while (i < n)
        {
            var c = s[i];
            if (IsSeparator(c))
            {
                i++;
                afterCompound = false;
                continue;
            }

            if (c == '.')
            {
                // A full stop before a separator or the end is a separator; before anything else it can start a host, a
                // file name, a path or a version.
                if (i + 1 < n && !IsSeparator(s[i + 1]))
                {
                    return false;
                }

                i++;
                afterCompound = false;
                continue;
            }

            if (c == '&')
            {
                // Before a space or the end an ampersand is a separator; before anything else it can start an entity ("&amp;").
                if (i + 1 < n && s[i + 1] is not (' ' or '\n' or '\r' or '\t'))
                {
                    return false;
                }

                i++;
                afterCompound = false;
                continue;
            }

            if (c == '+')
            {
                // "+5" is a signed integer; a plus before anything else is a separator.
                if (i + 1 < n && IsDigit(s[i + 1]))
                {
                    return false;
                }

                i++;
                afterCompound = false;
                continue;
            }

            if (c == '-')
            {
                // "-5", "-2.5": a signed number, except right after a hyphenated word, whose parser goes on past the hyphen
                // and leaves the digits unsigned ("x-y-5" → x-y, x, y, 5).
                if (i + 1 < n && IsDigit(s[i + 1]) && !afterCompound)
                {
                    if (!Number(s, i, i + 1, words, out i))
                    {
                        return false;
                    }
                }
                else
                {
                    i++;
                }

                afterCompound = false;
                continue;
            }

            if (!IsLetter(c) && !IsDigit(c))
            {
                return false;
            }

            var end = RunEnd(s, i, out var letters);
            afterCompound = false;
            if (letters == 0)
            {
                if (!Number(s, i, i, words, out i))
                {
                    return false;
                }

                continue;
            }

            if (IsDigit(c))
            {
                // Digits then a letter: "5e3" is in scientific notation, "5th" a word.
                var first = i;
                while (IsDigit(s[first]))
                {
                    first++;
                }

                if (s[first] is 'e' or 'E')
                {
                    return false;
                }
            }

            // A hyphenated word: parts of letters and digits (each with a letter) joined by single hyphens.
            var parts = 1;
            var last = end;
            while (last + 1 < n && s[last] == '-' && (IsLetter(s[last + 1]) || IsDigit(s[last + 1])))
            {
                var partEnd = RunEnd(s, last + 1, out var partLetters);
                if (partLetters == 0)
                {
                    break;
                }

                parts++;
                last = partEnd;
            }

            if (!words.Add(s, i, last))
            {
                return false;
            }

            if (parts > 1)
            {
                var start = i;
                while (start < last)
                {
                    var partEnd = RunEnd(s, start, out _);
                    if (!words.Add(s, start, partEnd))
                    {
                        return false;
                    }

                    start = partEnd + 1;
                }

                afterCompound = true;
            }

            i = last;
        }

        return words.Fits;
    }

    // A number from digitsAt (its sign, if any, at start): "5", "-5", "2.5", "-2.5". False for the shapes left to the server
    // (exponents, versions, a decimal point before anything but digits).
    private static bool Number(string s, int start, int digitsAt, Words words, out int next)
    {
        var n = s.Length;
        var k = digitsAt;
        while (k < n && IsDigit(s[k]))
        {
            k++;
        }

        if (k < n && s[k] is 'e' or 'E')
        {
            next = k;
            return false;
        }

        if (k + 1 < n && s[k] == '.' && IsDigit(s[k + 1]))
        {
            k++;
            while (k < n && IsDigit(s[k]))
            {
                k++;
            }

            if (k < n && s[k] is 'e' or 'E')
            {
                next = k;
                return false;
            }
        }

        next = k;
        return words.Add(s, start, k);
    }

    // The end of the run of letters and digits from start (with the marks that follow a letter), and how many letters it has.
    private static int RunEnd(string s, int start, out int letters)
    {
        letters = 0;
        var k = start;
        while (k < s.Length)
        {
            var c = s[k];
            if (IsLetter(c))
            {
                letters++;
            }
            else if (!IsDigit(c) && !(IsMark(c) && k > start && (IsLetter(s[k - 1]) || IsMark(s[k - 1]))))
            {
                break;
            }

            k++;
        }

        return k;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // Letters whose class (iswalpha) and lowercase (towlower) the checked ctype gives as .NET's invariant culture does:
    // ASCII, Latin-1's letters, and the Arabic-script letters of Persian (no marks: a mark is part of a word only after a
    // letter, and the parser's test for it is its display width).
    internal static bool IsLetter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')
            or (>= '\u00C0' and <= '\u00D6') or (>= '\u00D8' and <= '\u00F6') or (>= '\u00F8' and <= '\u00FF')
            or (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A')
            or '\u067E' or '\u0686' or '\u0698' or '\u06A9' or '\u06AF' or '\u06CC' or '\u06C0';

    // Arabic vowel marks (harakat, superscript alef): zero-width, so the parser keeps them in the word they follow, whether
    // its ctype calls them letters or not. Accepted only after a letter: at a word's start or after a hyphen the two differ.
    internal static bool IsMark(char c) => c is (>= '\u064B' and <= '\u0652') or '\u0670';

    // Separators: characters the parser treats as space in every state a word or number can be in (no rule names them, or
    // only rules that need a character refused here: a colon starts a protocol only before "//", a port only after a host).
    internal static bool IsSeparator(char c) =>
        c is ' ' or '\n' or '\r' or '\t'
            or '!' or '"' or '#' or '$' or '%' or '\'' or '(' or ')' or '*' or ',' or ':' or ';' or '=' or '>' or '?'
            or '[' or '\\' or ']' or '^' or '`' or '{' or '|' or '}'
            or '\u00A0' or '\u00AB' or '\u00BB' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026'
            or '\u060C' or '\u061B' or '\u061F' or '\u066A' or '\u066B' or '\u066C' or '\u06D4';

    // The lexemes and their positions, as the parser's tokens arrive (each token the next position).
    private sealed class Words
    {
        private readonly Dictionary<string, Positions> _lexemes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Positions>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private char[] _lower = new char[64];
        private int _position;
        private long _bytes;

        public Words() => _lookup = _lexemes.GetAlternateLookup<ReadOnlySpan<char>>();

        // Under PostgreSQL's limit on a vector's lexemes.
        public bool Fits => _bytes < MaxLexemeBytes;

        // The token s[start..end), lowercased. Every accepted char is one or two bytes in UTF-8.
        public bool Add(string s, int start, int end)
        {
            var length = end - start;
            var bytes = 0;
            if (_lower.Length < length)
            {
                _lower = new char[Math.Max(length, _lower.Length * 2)];
            }

            for (var k = 0; k < length; k++)
            {
                var c = s[start + k];
                _lower[k] = c < 0x80 ? (char)(c | (c is >= 'A' and <= 'Z' ? 0x20 : 0)) : char.ToLowerInvariant(c);
                bytes += c < 0x80 ? 1 : 2;
            }

            if (bytes >= MaxTokenBytes)
            {
                // The server skips it without a position.
                return true;
            }

            _position = Math.Min(_position + 1, MaxPosition);
            var key = _lower.AsSpan(0, length);
            if (!_lookup.TryGetValue(key, out var positions))
            {
                positions = new Positions();
                _lookup[key] = positions;
                _bytes += bytes;
            }

            positions.Add(_position);
            return true;
        }

        public List<KeyValuePair<string, Positions>> Sorted()
        {
            // Ordinal order of UTF-16 is the order of UTF-8 bytes for characters below the surrogates, all that is accepted.
            var sorted = _lexemes.ToList();
            sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return sorted;
        }

        // tsvector's binary form (tsvectorsend): the lexeme count, then each lexeme's UTF-8 and a zero byte, its position
        // count and positions, as big-endian 16-bit integers (weight D: no high bits).
        public byte[] ToBinary()
        {
            var sorted = Sorted();
            var size = 4;
            foreach (var (lexeme, positions) in sorted)
            {
                size += Encoding.UTF8.GetByteCount(lexeme) + 1 + 2 + (2 * positions.Count);
            }

            var buffer = new byte[size];
            BinaryPrimitives.WriteInt32BigEndian(buffer, sorted.Count);
            var at = 4;
            foreach (var (lexeme, positions) in sorted)
            {
                at += Encoding.UTF8.GetBytes(lexeme, buffer.AsSpan(at));
                buffer[at++] = 0;
                BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(at), (ushort)positions.Count);
                at += 2;
                for (var p = 0; p < positions.Count; p++)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(at), (ushort)positions[p]);
                    at += 2;
                }
            }

            return buffer;
        }
    }

    // A lexeme's positions: ascending, each once, at most 255.
    private sealed class Positions : List<int>
    {
        public new void Add(int position)
        {
            if (Count < MaxPositions && (Count == 0 || this[^1] != position))
            {
                base.Add(position);
            }
        }
    }
}
