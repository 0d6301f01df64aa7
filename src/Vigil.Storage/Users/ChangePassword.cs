using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>A user replaces their password (required after a one-time password). Audited; old sessions end.</summary>
public sealed class ChangePassword(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Ok; NotFound when the account does not exist or is disabled; Invalid (current, next) otherwise.</summary>
    public async Task<Outcome> RunAsync(Guid userId, string current, string next, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.Disabled)
        {
            return Outcome.NotFound("active account");
        }

        if (!Passwords.Verify(user, current))
        {
            return Outcome.Invalid("current", "the current password is wrong");
        }

        if (Passwords.Problem(next) is { } problem)
        {
            return Outcome.Invalid("next", problem);
        }

        if (next == current)
        {
            return Outcome.Invalid("next", "the new password must differ from the current one");
        }

        await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            user.PasswordHash = Passwords.Hash(user, next);
            user.MustChangePassword = false;
            user.SecurityStamp = Passwords.NewStamp();
            await audit.AppendAsync($"web:{user.Name}", "user.password_changed", "user", user.Id.ToString(), UserPayload.HashOf(user), cancellationToken);
            return 0;
        }, cancellationToken);
        return Outcome.Ok;
    }
}
