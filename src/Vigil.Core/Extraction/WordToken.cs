namespace Vigil.Core.Extraction;

/// <summary>One token of the body: a word, a number or a punctuation character, by offsets only (no copy).</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Word, number or punctuation.</param>
internal readonly record struct WordToken(int Start, int Length, WordKind Kind)
{
    /// <summary>
    /// The token's number in <see cref="WordTable"/>, what <see cref="PhraseTrie{T}"/> matches on; 0 when no trie holds
    /// the word or the token has not been numbered (<see cref="ExtractionContext"/>'s tokens are).
    /// </summary>
    public int WordNumber { get; init; }

    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool IsCapitalised(string text) => Kind == WordKind.Word && UnicodeClasses.IsUpper(text[Start]);

    /// <summary>The token's characters.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    /// <summary>True when the token is the punctuation character <paramref name="c"/>.</summary>
    public bool Is(string text, char c) => Kind == WordKind.Punct && text[Start] == c;
}
