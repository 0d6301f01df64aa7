namespace Vigil.Storage.Audit;

/// <summary>
/// One link of the tamper-evident audit log. Each entry hashes its own fields together with the
/// previous entry's hash, so removing, reordering or editing any entry breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>1, 2, 3 … without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>When (UTC, microsecond precision).</summary>
    public DateTime At { get; init; }

    /// <summary>Who: "cli:USER", "web:USER", "system".</summary>
    public required string Actor { get; init; }

    /// <summary>What: "report.stored", "evidence.stored", "source.created" …</summary>
    public required string Action { get; init; }

    /// <summary>The kind of row acted on: report, evidence, source …</summary>
    public required string SubjectType { get; init; }

    /// <summary>The id of the row acted on.</summary>
    public required string SubjectId { get; init; }

    /// <summary>Hex SHA-256 of the row's canonical payload after the action.</summary>
    public required string PayloadHash { get; init; }

    /// <summary>Hex SHA-256 of the previous entry (64 zeros for the first).</summary>
    public required string PreviousHash { get; init; }

    /// <summary>Hex SHA-256 over this entry's fields and <see cref="PreviousHash"/>.</summary>
    public required string Hash { get; init; }
}
