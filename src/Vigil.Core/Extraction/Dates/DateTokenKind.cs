namespace Vigil.Core.Extraction.Dates;

/// <summary>The kind of a <see cref="DateToken"/>.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>One or more words that are not date words (collapsed into one token).</summary>
    Other,
    Word,
    Number,
    Comma,
    Dash,
    Slash,
    Dot,
}
