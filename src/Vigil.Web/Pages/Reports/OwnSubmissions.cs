using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Reports;

/// <summary>A contributor's own submissions: the reports whose <see cref="Report.SubmitterId"/> is their account.</summary>
internal static class OwnSubmissions
{
    public static IQueryable<Report> Of(VigilDbContext db, ClaimsPrincipal user)
    {
        var id = user.UserId();
        return db.Reports.AsNoTracking().Where(r => id != Guid.Empty && r.SubmitterId == id);
    }

    public static Task<bool> IsOwnAsync(VigilDbContext db, ClaimsPrincipal user, string reportId, CancellationToken cancellationToken) =>
        Of(db, user).AnyAsync(r => r.Id == reportId, cancellationToken);
}
