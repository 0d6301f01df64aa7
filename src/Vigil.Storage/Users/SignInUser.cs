using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>
/// Checks a name and password. After <see cref="MaxFailures"/> failures in a row the account is locked
/// for <see cref="LockOut"/> (an audited event); while locked, no password is even checked. An unknown
/// name costs the same hashing work as a known one, so timing does not tell which names exist.
/// </summary>
public sealed class SignInUser(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Failures in a row that lock an account.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a lock-out lasts.</summary>
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    private static readonly Lazy<User> Decoy = new(() =>
    {
        var decoy = new User { Id = Guid.Empty, Name = "-", Role = UserRole.Viewer, PasswordHash = string.Empty, SecurityStamp = "-" };
        decoy.PasswordHash = Passwords.Hash(decoy, Passwords.NewOneTime());
        return decoy;
    });

    /// <summary>Signs <paramref name="name"/> in, or says why not.</summary>
    public async Task<SignInResult> RunAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        name = name.Trim().ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null)
        {
            Passwords.Verify(Decoy.Value, password);
            return new SignInResult(SignInStatus.Failed, null);
        }

        if (user.LockedUntil is { } until && until > now)
        {
            return new SignInResult(SignInStatus.LockedOut, null);
        }

        if (!Passwords.Verify(user, password))
        {
            user.FailedSignIns++;
            if (user.FailedSignIns < MaxFailures)
            {
                await db.SaveChangesAsync(cancellationToken);
                return new SignInResult(SignInStatus.Failed, null);
            }

            await AuditedWrite.RunAsync(db, clock, async audit =>
            {
                user.FailedSignIns = 0;
                user.LockedUntil = now + LockOut;
                await audit.AppendAsync("system", "user.locked_out", "user", user.Id.ToString(), UserPayload.HashOf(user), cancellationToken);
                return 0;
            }, cancellationToken);
            return new SignInResult(SignInStatus.LockedOut, null);
        }

        if (user.Disabled)
        {
            return new SignInResult(SignInStatus.Failed, null);
        }

        if (user.FailedSignIns != 0 || user.LockedUntil is not null)
        {
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SignInResult(user.MustChangePassword ? SignInStatus.MustChangePassword : SignInStatus.Succeeded, user);
    }
}
