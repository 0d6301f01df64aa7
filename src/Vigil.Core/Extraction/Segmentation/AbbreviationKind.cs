namespace Vigil.Core.Extraction.Segmentation;

/// <summary>How a period after an abbreviation affects a sentence boundary (see abbreviations.txt).</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None = 0,

    /// <summary>A title before a name ("Sen.", "Dr."): never ends a sentence.</summary>
    Title,

    /// <summary>Inside a sentence ("e.g.", "i.e."): never ends a sentence.</summary>
    Inline,

    /// <summary>Before a number ("No. 5"): no boundary when a digit follows.</summary>
    Number,

    /// <summary>An abbreviated month ("Nov. 17"): no boundary when a digit follows.</summary>
    Month,

    /// <summary>May end a sentence ("U.S.", "etc."): a boundary only before a usual sentence opener.</summary>
    Final,

    /// <summary>Not an abbreviation: a word that usually opens a sentence ("The", "He").</summary>
    Starter,
}
