namespace Vigil.Storage.Media;

/// <summary>An editor's statement that a media item (known by one of its evidence files) shows an incident.</summary>
public sealed class IncidentMedia
{
    /// <summary>The incident.</summary>
    public required Guid IncidentId { get; init; }

    /// <summary>The evidence file the editor attached; the page shows its whole media item.</summary>
    public required string EvidenceId { get; init; }

    /// <summary>Who attached it.</summary>
    public required string LinkedBy { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTime LinkedAt { get; init; }
}
