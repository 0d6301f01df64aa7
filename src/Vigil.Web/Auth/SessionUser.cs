using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vigil.Storage.Database;
using Vigil.Web.Store;

namespace Vigil.Web.Auth;

/// <summary>
/// What a session cookie is checked against on every request: whether its user exists and is enabled, their security stamp
/// (a new one at every password change, reset, role change or disabling) and role. Kept under the audit log's head
/// (<see cref="AuditHeadCache"/>): every change to those columns is an audited write (<c>EditUser</c>, <c>ChangePassword</c>),
/// which appends an entry in its transaction, so the head moves with it and the row read under an older head is never used
/// again. A request reads the head once, the same read the page's cached values use, where it read the user's row
/// as well before (a statement per request, ~7 % of the server's CPU on a list).
/// </summary>
internal sealed record SessionUser(bool Found, bool Disabled, string? SecurityStamp, string? Role)
{
    private static readonly SessionUser Missing = new(false, true, null, null);

    private static readonly CompiledPerModel<Func<VigilDbContext, Guid, CancellationToken, Task<SessionUser?>>> Read =
        new(() => EF.CompileAsyncQuery((VigilDbContext db, Guid id, CancellationToken _) =>
            db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new SessionUser(true, u.Disabled, u.SecurityStamp, u.Role)).FirstOrDefault()));

    /// <summary>The user <paramref name="id"/> as the store holds it at the audit head this request reads.</summary>
    public static Task<SessionUser> ReadAsync(VigilDbContext db, AuditHeadCache cache, Guid id, CancellationToken cancellationToken) =>
        cache.GetAsync(
            db,
            $"session-user:{id}",
            async token => await Read.For(db)(db, id, token) ?? Missing,
            cancellationToken,
            // Low: a flood of searches may push it out (it is one statement to read again), but it must not push out the dashboard.
            priority: CacheItemPriority.Low);
}
