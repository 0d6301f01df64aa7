namespace Vigil.Core.Extraction.Figures;

/// <summary>How a word before a number changes the range it denotes.</summary>
internal enum FigureModifier
{
    /// <summary>A floor: "over", "more than", "at least" give {n, null}.</summary>
    AtLeast,

    /// <summary>An estimate: "some", "about", "nearly" give {n, n}.</summary>
    Approximately,

    /// <summary>A ceiling: "up to", "as many as" give {n, n}.</summary>
    AtMost,
}
