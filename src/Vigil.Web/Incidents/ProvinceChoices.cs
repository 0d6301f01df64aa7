using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Store;

namespace Vigil.Web.Incidents;

/// <summary>The province filter's choices: every province an incident this reader may see is in, by machine or editor value.</summary>
internal static class ProvinceChoices
{
    public static Task<List<string>> ReadAsync(VigilDbContext db, IncidentQuery query, AuditHeadCache cache, CancellationToken cancellationToken) =>
        cache.GetAsync(db, $"provinces:{query.ConfirmedOnly}", async token =>
        {
            var machine = await query.Visible().Where(i => i.Admin1 != null).Select(i => i.Admin1!).Distinct().ToListAsync(token);
            var edited = (await query.EditedAsync(token)).Where(e => e.Admin1 is not null).Select(e => e.Admin1!);
            return machine.Concat(edited).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }, cancellationToken);
}
