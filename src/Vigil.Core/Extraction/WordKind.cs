namespace Vigil.Core.Extraction;

/// <summary>The classes of <see cref="WordToken"/> the <see cref="WordTokenizer"/> produces.</summary>
internal enum WordKind : byte
{
    /// <summary>A run of letters (and digits mixed into letters).</summary>
    Word,

    /// <summary>Digits, with inner thousands separators or a decimal point ("1,500", "1.5").</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punct,
}
