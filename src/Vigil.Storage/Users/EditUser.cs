using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>An admin changes an account: its role, whether it is disabled, or a fresh one-time password. Each change is audited and ends the user's sessions.</summary>
public sealed class EditUser(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Sets the role and disabled flag: Ok, Invalid (role), NotFound, or Conflict (the last active admin).</summary>
    public async Task<Outcome> SetAsync(Guid userId, string role, bool disabled, string actor, CancellationToken cancellationToken = default)
    {
        if (!UserRole.IsValid(role))
        {
            return Outcome.Invalid("role", $"unknown role '{role}'");
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Outcome.NotFound("such user");
        }

        if (user.Role == UserRole.Admin && (role != UserRole.Admin || disabled)
            && !await db.Users.AnyAsync(u => u.Id != userId && u.Role == UserRole.Admin && !u.Disabled, cancellationToken))
        {
            return Outcome.Conflict("the last active admin cannot be demoted or disabled");
        }

        if (user.Role == role && user.Disabled == disabled)
        {
            return Outcome.Ok;
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
        return Outcome.Ok;
    }

    /// <summary>Gives the user a new one-time password (the value) that must be changed at the next sign-in; NotFound when there is no such user.</summary>
    public async Task<Outcome<string>> ResetPasswordAsync(Guid userId, string actor, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Outcome.NotFound("such user");
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
