using System.Runtime.InteropServices;

namespace Vigil.Core.Extraction;

/// <summary>
/// Walks the body's shared tokens (<see cref="ExtractionContext.Tokens"/>) alongside a scan that reads the text by words of its
/// own, left to right, so a word that is exactly one token is looked up by the token's <see cref="WordTable"/> number instead
/// of hashing its characters again. A lexicon that does so numbers its words in <see cref="WordTable"/> when it is made;
/// the context numbers its tokens after that.
/// </summary>
/// <remarks>
/// A ref struct over the tokens' array: the walk reads them as a span (the list's indexer checked its count and then the
/// array's bounds for each of the five scans' steps: <see cref="NumberOf"/> was 2.6 % of `vigil-extract`'s samples over
/// 12 MB, docs/pipeline/pipeline.md, session 23). The list must not grow while the cursor is used; numbering changes its
/// tokens in place, which the cursor sees.
/// </remarks>
internal ref struct TokenCursor
{
    private readonly ReadOnlySpan<WordToken> _tokens;
    private readonly bool _none;
    private int _k;

    /// <param name="tokens">The tokens, or null: every word is then looked up by its characters.</param>
    /// <param name="from">Where the scan starts.</param>
    public TokenCursor(List<WordToken>? tokens, int from = 0)
    {
        _none = tokens is null;
        _tokens = CollectionsMarshal.AsSpan(tokens);
        _k = tokens is null ? 0 : WordTokenizer.FirstAtOrAfter(_tokens, from);
    }

    /// <summary>
    /// The <see cref="WordToken.WordNumber"/> of the token that spans exactly <c>[start, end)</c>, or -1 when no token does
    /// (the word starts or ends inside one, or spans several). The cursor only moves forward: a word starting before the last
    /// one asked about may get -1 although it is a token, and is then looked up by its characters, as every -1 is.
    /// </summary>
    public int NumberOf(int start, int end)
    {
        if (_none)
        {
            return -1;
        }

        var tokens = _tokens;
        var k = _k;
        while ((uint)k < (uint)tokens.Length && tokens[k].Start < start)
        {
            k++;
        }

        _k = k;
        return (uint)k < (uint)tokens.Length && tokens[k].Start == start && tokens[k].Length == end - start ? tokens[k].WordNumber : -1;
    }
}
