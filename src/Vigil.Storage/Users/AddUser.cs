using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>Creates an account with a generated one-time password that must be changed at the first sign-in.</summary>
public sealed partial class AddUser(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Creates <paramref name="name"/> with <paramref name="role"/>; the result carries the one-time password, or the problem.</summary>
    public async Task<AddUserResult> RunAsync(string name, string role, string actor, CancellationToken cancellationToken = default)
    {
        name = name.Trim().ToLowerInvariant();
        if (!NamePattern().IsMatch(name))
        {
            return AddUserResult.Failed("a user name has 1-64 characters: lower-case letters, digits, '.', '_' or '-'");
        }

        if (!UserRole.IsValid(role))
        {
            return AddUserResult.Failed($"unknown role '{role}' (one of: {string.Join(", ", UserRole.All)})");
        }

        if (await db.Users.AnyAsync(u => u.Name == name, cancellationToken))
        {
            return AddUserResult.Failed($"a user named '{name}' already exists");
        }

        var password = Passwords.NewOneTime();
        var user = await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            var user = new User
            {
                Id = Guid.CreateVersion7(),
                Name = name,
                Role = role,
                PasswordHash = string.Empty,
                MustChangePassword = true,
                SecurityStamp = Passwords.NewStamp(),
                CreatedAt = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime),
            };
            user.PasswordHash = Passwords.Hash(user, password);
            db.Users.Add(user);
            await audit.AppendAsync(actor, "user.created", "user", user.Id.ToString(), UserPayload.HashOf(user), cancellationToken);
            return user;
        }, cancellationToken);
        db.ChangeTracker.Clear();
        return new AddUserResult(user, password, null);
    }

    /// <summary>Creates the first admin ("admin") when the store has no user at all; null otherwise.</summary>
    public async Task<AddUserResult?> EnsureFirstAdminAsync(string actor, CancellationToken cancellationToken = default) =>
        await db.Users.AnyAsync(cancellationToken) ? null : await RunAsync("admin", UserRole.Admin, actor, cancellationToken);

    [GeneratedRegex("^[a-z0-9._-]{1,64}$")]
    private static partial Regex NamePattern();
}
