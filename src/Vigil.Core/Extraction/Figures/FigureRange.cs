namespace Vigil.Core.Extraction.Figures;

/// <summary>
/// A reported figure as a range: "at least 304" is {304, null}, "24,000 to 25,000" is {24000, 25000},
/// "two" is {2, 2}, "hundreds" is {200, null}.
/// </summary>
/// <param name="Min">The lowest value the text allows.</param>
/// <param name="Max">The highest value the text allows; null when open-ended.</param>
public readonly record struct FigureRange(int Min, int? Max)
{
    /// <summary>An exact figure.</summary>
    public static FigureRange Exactly(int value) => new(value, value);

    /// <summary>An open-ended figure ("over 1,500").</summary>
    public static FigureRange AtLeast(int value) => new(value, null);

    /// <summary>"304" for an exact figure, "24000–25000" for a range, "1500+" when open-ended.</summary>
    public override string ToString() =>
        Max == Min ? Min.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Max is { } max ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min}–{max}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Min}+");
}
