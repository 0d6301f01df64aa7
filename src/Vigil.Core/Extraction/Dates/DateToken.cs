namespace Vigil.Core.Extraction.Dates;

/// <summary>A token of the dates stage's scanner: a lexicon word, a number, a separator, or a run of other words.</summary>
internal struct DateToken
{
    public int Start;
    public int End;
    public DateTokenKind Kind;
    public DateWord Word;

    /// <summary>The number's value (numbers only; capped).</summary>
    public int Value;

    /// <summary>Number of digits (numbers only).</summary>
    public int Digits;

    /// <summary>True for "17th", "3rd".</summary>
    public bool Ordinal;

    /// <summary>True for a bare integer: no thousands separator, decimal part, time or percent sign.</summary>
    public bool Plain;

    /// <summary>True when a word starts with a character that is not lower case.</summary>
    public bool Capitalized;

    /// <summary>True when the other-word run starts with a lower-case letter.</summary>
    public bool LowerOther;

    public readonly DateWordRole Role => Kind == DateTokenKind.Word ? Word.Role : DateWordRole.None;
}
