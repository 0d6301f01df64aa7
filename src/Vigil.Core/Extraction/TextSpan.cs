namespace Vigil.Core.Extraction;

/// <summary>
/// A half-open range <c>[Start, End)</c> of character offsets (C# string indices) into a report's body.
/// Every extracted field points back to the span it came from.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Math.Min(End, other.End) > Math.Max(Start, other.Start);

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>The covered text of <paramref name="text"/> without copying.</summary>
    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, Length);

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));
}
