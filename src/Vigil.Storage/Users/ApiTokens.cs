using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>
/// Creates, revokes and checks API tokens. The secret is shown once; only its SHA-256 is stored. A token is
/// read-only unless made with <see cref="ApiTokenScope.Write"/>, expires (at most <see cref="MaxLifetime"/>), and
/// all of a user's tokens are revoked when their password is reset or changed, their role changes or they are disabled.
/// </summary>
public sealed class ApiTokens(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Every secret starts with this, so a leaked one is recognisable (secret scanners, logs).</summary>
    public const string Prefix = "vigil_";

    /// <summary>How long a token lives unless asked otherwise.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    /// <summary>The longest a token may live.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    /// <summary>Creates a token for <paramref name="userId"/>; returns the secret to show once.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(Guid userId, string name, string actor, CancellationToken cancellationToken = default) =>
        await CreateAsync(userId, name, actor, ApiTokenScope.Read, DefaultLifetime, cancellationToken);

    /// <summary>Creates a token with <paramref name="scope"/> living <paramref name="lifetime"/> (clamped to one day … <see cref="MaxLifetime"/>); returns the secret to show once.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(Guid userId, string name, string actor, string scope, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        if (!ApiTokenScope.IsValid(scope))
        {
            throw new ArgumentException($"unknown token scope '{scope}'", nameof(scope));
        }

        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        lifetime = TimeSpan.FromTicks(Math.Clamp(lifetime.Ticks, TimeSpan.FromDays(1).Ticks, MaxLifetime.Ticks));
        var secret = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            var token = new ApiToken
            {
                Id = Guid.CreateVersion7(),
                UserId = userId,
                Name = name.Trim().Length == 0 ? "token" : name.Trim()[..Math.Min(128, name.Trim().Length)],
                SecretHash = HashOf(secret),
                CreatedAt = now,
                Scope = scope,
                ExpiresAt = now + lifetime,
            };
            db.ApiTokens.Add(token);
            await audit.AppendAsync(actor, "api_token.created", "api_token", token.Id.ToString(), UserPayload.HashOf(token), cancellationToken);
            return token;
        }, cancellationToken);
        return (token, secret);
    }

    /// <summary>Revokes a token of <paramref name="userId"/>; false when there is no such live token.</summary>
    public async Task<bool> RevokeAsync(Guid tokenId, Guid userId, string actor, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, cancellationToken);
        if (token is null)
        {
            return false;
        }

        await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            token.RevokedAt = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
            await audit.AppendAsync(actor, "api_token.revoked", "api_token", token.Id.ToString(), UserPayload.HashOf(token), cancellationToken);
            return 0;
        }, cancellationToken);
        return true;
    }

    /// <summary>
    /// Revokes every live token of <paramref name="userId"/> inside a write that is already auditing (a password
    /// reset, a role change, a disabled account): a token must not outlive the trust it was made under.
    /// </summary>
    public static async Task RevokeAllAsync(VigilDbContext db, AuditLog audit, Guid userId, DateTime now, string actor, CancellationToken cancellationToken = default)
    {
        var live = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var token in live)
        {
            token.RevokedAt = AuditChain.Truncate(now);
            await audit.AppendAsync(actor, "api_token.revoked", "api_token", token.Id.ToString(), UserPayload.HashOf(token), cancellationToken);
        }
    }

    /// <summary>The active user a secret belongs to and the token's scope, or null (unknown, revoked, expired, or the user is disabled).</summary>
    public async Task<(User User, string Scope)?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default) =>
        await FindAsync(secret, cancellationToken) is { } found && IsLive(found, clock.GetUtcNow().UtcDateTime) ? (found.User, found.Scope) : null;

    /// <summary>
    /// As <see cref="AuthenticateAsync"/> with the token's expiry given back, not checked: the active user a secret belongs to, the
    /// token's scope and when it stops working, or null (unknown, revoked, or the user is disabled). Everything that makes the answer
    /// null is an audited write (a revocation, a disabling, a role change or a password reset, which revoke the user's tokens), so
    /// the web app keeps it until the audit log's head moves; only the expiry comes without a write, and <see cref="IsLive"/> tests
    /// it at each use.
    /// </summary>
    public async Task<ApiTokenHolder?> FindAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = HashOf(secret);
        var found = await (from t in db.ApiTokens.AsNoTracking()
                           join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                           where t.SecretHash == hash && t.RevokedAt == null && !u.Disabled
                           select new { User = u, t.Scope, t.ExpiresAt }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new ApiTokenHolder(found.User, found.Scope, found.ExpiresAt);
    }

    /// <summary>Whether a token found by <see cref="FindAsync"/> still works at <paramref name="now"/> (UTC): it has not expired.</summary>
    public static bool IsLive(ApiTokenHolder token, DateTime now) => token.ExpiresAt is not { } expires || expires > now;

    /// <summary>What is stored of <paramref name="secret"/>: its SHA-256 as lower-case hex (also a key to keep a token's answer under without the secret).</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
