using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Reports;

/// <summary>A contributor's own submissions: the reports whose "report.stored" audit entry names them.</summary>
internal static class OwnSubmissions
{
    public static IQueryable<string> IdsOf(VigilDbContext db, ClaimsPrincipal user)
    {
        var actor = user.Actor();
        return db.AuditEntries.AsNoTracking().Where(e => e.Actor == actor && e.Action == "report.stored" && e.SubjectType == "report").Select(e => e.SubjectId);
    }

    public static Task<bool> IsOwnAsync(VigilDbContext db, ClaimsPrincipal user, string reportId, CancellationToken cancellationToken) =>
        IdsOf(db, user).AnyAsync(id => id == reportId, cancellationToken);
}
