using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
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
/// A value missing from the cache is computed once however many requests ask for it meanwhile: the others wait for that
/// computation. (Each computed it, before: at a million incidents on PostgreSQL the incident list's province choices take ~3 s,
/// and after a new audit head 20 readers ran 20 of them side by side, 60 s of the database's time.)
/// A GET or HEAD request reads the head once, at its first value, and uses it for the rest (the incident list asked for five
/// values, each with its own read of the head); such a request writes nothing a cached value is computed from (its only writes
/// are access entries, e.g. a protected person's page). Other requests, and callers outside a request, read it at every value,
/// so a value asked for after a write is looked up under the write's head.
/// </summary>
public sealed class AuditHeadCache(IHttpContextAccessor? requests = null) : IDisposable
{
    // The key of the head a read-only request read first (a HeadRead) in the request's items.
    private static readonly object RequestHead = new();

    // Compiled once: every request reads the head, and a LINQ query is translated again from its expression each time it runs
    // (its parameters extracted, its cache key hashed).
    private static readonly CompiledPerModel<Func<VigilDbContext, CancellationToken, Task<long?>>> ReadHead =
        new(() => EF.CompileAsyncQuery((VigilDbContext db, CancellationToken _) => db.AuditEntries.Max(e => (long?)e.Sequence)));

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 1024 });

    // The computations under way, by their key with the head: the requests that miss a value while it is computed wait for them.
    private readonly ConcurrentDictionary<string, Task<object>> _computing = new();

    /// <summary>
    /// The value under <paramref name="key"/> for the current audit head, computed by <paramref name="compute"/> when
    /// missing; <paramref name="size"/> gives a computed value's size in units (1 when not given). A computed value that
    /// <paramref name="keep"/> refuses is returned (to the requests waiting for it too) but not kept: answers to input anyone may vary
    /// at will that cost little to compute again (an unknown API token) would otherwise fill the cache.
    /// </summary>
    public async Task<T> GetAsync<T>(
        VigilDbContext db,
        string key,
        Func<CancellationToken, Task<T>> compute,
        CancellationToken cancellationToken,
        Func<T, int>? size = null,
        CacheItemPriority priority = CacheItemPriority.Normal,
        Func<T, bool>? keep = null)
        where T : class
    {
        var head = await HeadAsync(db, cancellationToken);
        var full = $"{head}:{key}";
        while (true)
        {
            if (_entries.TryGetValue(full, out T? value) && value is not null)
            {
                return value;
            }

            var mine = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = _computing.GetOrAdd(full, mine.Task);
            if (running != mine.Task)
            {
                try
                {
                    return (T)await running.WaitAsync(cancellationToken);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The request computing it was aborted (its token, not this one): look again, and compute it here if still missing.
                    continue;
                }
            }

            try
            {
                value = await compute(cancellationToken);
                if (keep?.Invoke(value) != false)
                {
                    _entries.Set(full, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10), Size = size?.Invoke(value) ?? 1, Priority = priority });
                }

                mine.SetResult(value);
                return value;
            }
            catch (OperationCanceledException)
            {
                mine.SetCanceled(CancellationToken.None);
                throw;
            }
            catch (Exception e)
            {
                // Thrown here too: marked observed, so a failure no other request waited for is not reported again as unobserved.
                mine.SetException(e);
                _ = mine.Task.Exception;
                throw;
            }
            finally
            {
                _computing.TryRemove(new KeyValuePair<string, Task<object>>(full, mine.Task));
            }
        }
    }

    private async Task<long> HeadAsync(VigilDbContext db, CancellationToken cancellationToken)
    {
        var request = requests?.HttpContext;
        var readOnly = request is not null && (HttpMethods.IsGet(request.Request.Method) || HttpMethods.IsHead(request.Request.Method));
        if (readOnly && request!.Items.TryGetValue(RequestHead, out var read) && read is HeadRead known && ReferenceEquals(known.Db, db))
        {
            return known.Head;
        }

        var head = await ReadHead.For(db)(db, cancellationToken) ?? 0;
        if (readOnly)
        {
            request!.Items[RequestHead] = new HeadRead(db, head);
        }

        return head;
    }

    public void Dispose() => _entries.Dispose();

    private sealed record HeadRead(VigilDbContext Db, long Head);
}
