using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>Creates, revokes and checks API tokens. The secret is shown once; only its SHA-256 is stored.</summary>
public sealed class ApiTokens(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Every secret starts with this, so a leaked one is recognisable (secret scanners, logs).</summary>
    public const string Prefix = "vigil_";

    /// <summary>Creates a token for <paramref name="userId"/>; returns the secret to show once.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(Guid userId, string name, string actor, CancellationToken cancellationToken = default)
    {
        var secret = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            var token = new ApiToken
            {
                Id = Guid.CreateVersion7(),
                UserId = userId,
                Name = name.Trim().Length == 0 ? "token" : name.Trim()[..Math.Min(128, name.Trim().Length)],
                SecretHash = HashOf(secret),
                CreatedAt = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime),
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

    /// <summary>The active user a secret belongs to, or null (unknown, revoked, or the user is disabled).</summary>
    public async Task<User?> AuthenticateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = HashOf(secret);
        return await (from t in db.ApiTokens.AsNoTracking()
                      join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                      where t.SecretHash == hash && t.RevokedAt == null && !u.Disabled
                      select u).FirstOrDefaultAsync(cancellationToken);
    }

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
