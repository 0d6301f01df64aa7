namespace Vigil.Storage.Incidents;

/// <summary>Review states of an incident.</summary>
public static class IncidentStatus
{
    /// <summary>Made by the machine, not yet looked at.</summary>
    public const string Unreviewed = "unreviewed";

    /// <summary>An editor checked it against its evidence.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>An editor found the sources contradict each other or the evidence is doubtful.</summary>
    public const string Disputed = "disputed";

    /// <summary>An editor found it is not an incident (misread text, background, duplicate).</summary>
    public const string Rejected = "rejected";

    /// <summary>All states.</summary>
    public static IReadOnlyList<string> All { get; } = [Unreviewed, Confirmed, Disputed, Rejected];
}
