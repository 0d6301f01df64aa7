using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>
/// Checks a name and password. After <see cref="MaxFailures"/> failures in a row the account is locked
/// for <see cref="LockOut"/> (an audited event). Every attempt costs the same hashing work (an unknown name
/// is checked against a decoy, a locked account's password is still checked), so neither the answer's
/// content nor its timing tells an unknown name from a locked one. A lock-out does not apply to a device the
/// user signed in from before (<c>trustedDeviceOf</c>): whoever guesses at an admin's name from elsewhere
/// cannot keep the admin out.
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
    public async Task<SignInResult> RunAsync(string name, string password, CancellationToken cancellationToken = default) => await RunAsync(name, password, trustedDeviceOf: null, cancellationToken);

    /// <summary>Signs <paramref name="name"/> in, or says why not; <paramref name="trustedDeviceOf"/>: the user whose earlier sign-in the requesting device proves; a lock-out does not apply to them there.</summary>
    public async Task<SignInResult> RunAsync(string name, string password, Guid? trustedDeviceOf, CancellationToken cancellationToken = default)
    {
        name = name.Trim().ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null)
        {
            Passwords.Verify(Decoy.Value, password);
            return new SignInResult(SignInStatus.Failed, null);
        }

        var verified = Passwords.Verify(user, password);
        if (user.LockedUntil is { } until && until > now && trustedDeviceOf != user.Id)
        {
            return new SignInResult(SignInStatus.LockedOut, null);
        }

        if (!verified)
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
