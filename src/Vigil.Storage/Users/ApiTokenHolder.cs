namespace Vigil.Storage.Users;

/// <summary>An API token's user, scope and expiry as <see cref="ApiTokens.FindAsync"/> reads them (the expiry unchecked: <see cref="ApiTokens.IsLive"/>).</summary>
/// <param name="User">The active user the token acts as.</param>
/// <param name="Scope">What the token may do (<see cref="ApiTokenScope"/>).</param>
/// <param name="ExpiresAt">When it stops working (UTC); null for tokens made before expiry existed.</param>
public sealed record ApiTokenHolder(User User, string Scope, DateTime? ExpiresAt);
