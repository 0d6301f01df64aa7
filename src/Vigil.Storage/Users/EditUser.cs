using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>An admin changes an account: its role, whether it is disabled, or a fresh one-time password. Each change is audited and ends the user's sessions.</summary>
public sealed class EditUser(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Sets the role and disabled flag. Null on success, otherwise the problem.</summary>
    public async Task<string?> SetAsync(Guid userId, string role, bool disabled, string actor, CancellationToken cancellationToken = default)
    {
        if (!UserRole.IsValid(role))
        {
            return $"unknown role '{role}'";
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return "no such user";
        }

        if (user.Role == UserRole.Admin && (role != UserRole.Admin || disabled)
            && !await db.Users.AnyAsync(u => u.Id != userId && u.Role == UserRole.Admin && !u.Disabled, cancellationToken))
        {
            return "the last active admin cannot be demoted or disabled";
        }

        if (user.Role == role && user.Disabled == disabled)
        {
            return null;
        }

        await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            user.Role = role;
            user.Disabled = disabled;
            user.SecurityStamp = Passwords.NewStamp();
            await ApiTokens.RevokeAllAsync(db, audit, user.Id, clock.GetUtcNow().UtcDateTime, actor, cancellationToken);
            await audit.AppendAsync(actor, "user.changed", "user", user.Id.ToString(), UserPayload.HashOf(user), cancellationToken);
            return 0;
        }, cancellationToken);
        return null;
    }

    /// <summary>Gives the user a new one-time password (returned) that must be changed at the next sign-in; null when there is no such user.</summary>
    public async Task<string?> ResetPasswordAsync(Guid userId, string actor, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var password = Passwords.NewOneTime();
        await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            user.PasswordHash = Passwords.Hash(user, password);
            user.MustChangePassword = true;
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            user.SecurityStamp = Passwords.NewStamp();
            await ApiTokens.RevokeAllAsync(db, audit, user.Id, clock.GetUtcNow().UtcDateTime, actor, cancellationToken);
            await audit.AppendAsync(actor, "user.password_reset", "user", user.Id.ToString(), UserPayload.HashOf(user), cancellationToken);
            return 0;
        }, cancellationToken);
        return password;
    }
}
