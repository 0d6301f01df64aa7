using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Vigil.Storage.Database;

namespace Vigil.Web.Store;

/// <summary>
/// Values computed from the store (dashboard numbers, a filter's drop-down choices), cached under the audit
/// log's head. Every write Vigil makes to reports, incidents and sources appends an audit entry in the same
/// transaction, so a new head means the values may have changed and a cached one is never stale; reading the
/// head is one primary-key lookup. (Rows changed behind Vigil's back are what <c>vigil verify</c> reports.)
/// Entries are sized (a dashboard's numbers are one unit, a search's matches one unit per 1,000); at most
/// 1,024 units are kept, and each entry lives 10 minutes at most. When full, low-priority entries (searches,
/// which anyone may vary at will) go first, so a flood of searches cannot push out the dashboard's numbers.
/// </summary>
public sealed class AuditHeadCache : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 1024 });

    /// <summary>
    /// The value under <paramref name="key"/> for the current audit head, computed by <paramref name="compute"/> when
    /// missing; <paramref name="size"/> gives a computed value's size in units (1 when not given).
    /// </summary>
    public async Task<T> GetAsync<T>(
        VigilDbContext db,
        string key,
        Func<CancellationToken, Task<T>> compute,
        CancellationToken cancellationToken,
        Func<T, int>? size = null,
        CacheItemPriority priority = CacheItemPriority.Normal)
        where T : class
    {
        var head = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var full = $"{head}:{key}";
        if (_entries.TryGetValue(full, out T? value) && value is not null)
        {
            return value;
        }

        value = await compute(cancellationToken);
        _entries.Set(full, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10), Size = size?.Invoke(value) ?? 1, Priority = priority });
        return value;
    }

    public void Dispose() => _entries.Dispose();
}
