namespace Vigil.Storage.Users;

/// <summary>A bearer token for scripts, acting as its user. Only the SHA-256 of the secret is stored.</summary>
public sealed class ApiToken
{
    /// <summary>Client-generated id (UUID v7).</summary>
    public required Guid Id { get; init; }

    /// <summary>The user it acts as.</summary>
    public required Guid UserId { get; init; }

    /// <summary>What it is for ("nightly export").</summary>
    public required string Name { get; init; }

    /// <summary>Lower-case hex SHA-256 of the secret (the secret has 256 random bits, so a fast hash suffices).</summary>
    public required string SecretHash { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>What it may do: <see cref="ApiTokenScope.Read"/> (GET only, the default) or <see cref="ApiTokenScope.Write"/> (also submit and change).</summary>
    public string Scope { get; init; } = ApiTokenScope.Read;

    /// <summary>When it stops working (UTC). Null only for tokens made before expiry existed (they act as <see cref="ApiTokenScope.Write"/>).</summary>
    public DateTime? ExpiresAt { get; init; }

    /// <summary>When it was revoked (UTC); a revoked token is refused.</summary>
    public DateTime? RevokedAt { get; set; }
}
