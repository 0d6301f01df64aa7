namespace Vigil.Core.Extraction;

/// <summary>
/// Walks the body's shared tokens (<see cref="ExtractionContext.Tokens"/>) alongside a scan that reads the text by words of its
/// own, left to right, so a word that is exactly one token is looked up by the token's <see cref="WordTable"/> number instead
/// of hashing its characters again. A lexicon that does so numbers its words in <see cref="WordTable"/> when it is made;
/// the context numbers its tokens after that.
/// </summary>
/// <param name="tokens">The tokens, or null: every word is then looked up by its characters.</param>
/// <param name="from">Where the scan starts.</param>
internal struct TokenCursor(List<WordToken>? tokens, int from = 0)
{
    private int _k = tokens is null ? 0 : WordTokenizer.FirstAtOrAfter(tokens, from);

    /// <summary>
    /// The <see cref="WordToken.WordNumber"/> of the token that spans exactly <c>[start, end)</c>, or -1 when no token does
    /// (the word starts or ends inside one, or spans several). The cursor only moves forward: a word starting before the last
    /// one asked about may get -1 although it is a token, and is then looked up by its characters, as every -1 is.
    /// </summary>
    public int NumberOf(int start, int end)
    {
        if (tokens is null)
        {
            return -1;
        }

        while (_k < tokens.Count && tokens[_k].Start < start)
        {
            _k++;
        }

        return _k < tokens.Count && tokens[_k].Start == start && tokens[_k].End == end ? tokens[_k].WordNumber : -1;
    }
}
