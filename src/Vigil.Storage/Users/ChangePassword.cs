using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>A user replaces their password (required after a one-time password). Audited; old sessions end.</summary>
public sealed class ChangePassword(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Null on success, otherwise the problem to show.</summary>
    public async Task<string?> RunAsync(Guid userId, string current, string next, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.Disabled)
        {
            return "the account does not exist or is disabled";
        }

        if (!Passwords.Verify(user, current))
        {
            return "the current password is wrong";
        }

        if (Passwords.Problem(next) is { } problem)
        {
            return problem;
        }

        if (next == current)
        {
            return "the new password must differ from the current one";
        }

        await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            user.PasswordHash = Passwords.Hash(user, next);
            user.MustChangePassword = false;
            user.SecurityStamp = Passwords.NewStamp();
            await audit.AppendAsync($"web:{user.Name}", "user.password_changed", "user", user.Id.ToString(), UserPayload.HashOf(user), cancellationToken);
            return 0;
        }, cancellationToken);
        return null;
    }
}
