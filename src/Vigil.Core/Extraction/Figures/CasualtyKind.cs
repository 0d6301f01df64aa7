namespace Vigil.Core.Extraction.Figures;

/// <summary>The categories of people that figures are reported for.</summary>
public enum CasualtyKind
{
    /// <summary>People killed (including executed).</summary>
    Killed,

    /// <summary>People injured.</summary>
    Injured,

    /// <summary>People arrested or detained.</summary>
    Arrested,
}
