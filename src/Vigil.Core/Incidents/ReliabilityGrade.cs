namespace Vigil.Core.Incidents;

/// <summary>
/// A source's reliability on the Admiralty (NATO) scale. Ordered best first; <see cref="F"/> ("cannot be judged")
/// ranks after <see cref="E"/> when picking the most reliable figure, because an unjudged source has earned no
/// preference (docs/adr/0002-clustering.md).
/// </summary>
public enum ReliabilityGrade
{
    /// <summary>Completely reliable.</summary>
    A,

    /// <summary>Usually reliable.</summary>
    B,

    /// <summary>Fairly reliable.</summary>
    C,

    /// <summary>Not usually reliable.</summary>
    D,

    /// <summary>Unreliable.</summary>
    E,

    /// <summary>Reliability cannot be judged (the default for a new source).</summary>
    F,
}
