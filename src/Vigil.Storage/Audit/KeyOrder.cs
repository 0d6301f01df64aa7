using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Vigil.Storage.Database;

namespace Vigil.Storage.Audit;

/// <summary>
/// Reads for <see cref="VerifyStore"/> in one order, the ordinal order of the ids' text, each from its own context (a
/// PostgreSQL connection runs one query at a time, and a check reads a table beside its audit entries): so a table and the
/// latest audit entry of each of its subjects can be compared as two sorted streams, holding nothing but the current row
/// of each, instead of a dictionary of every audited subject (two million at 850,000 incidents). Text ids are ordered by
/// byte (SQLite's BINARY; on PostgreSQL the database's own collation when it sorts them so, which lets the indexes give the
/// order, else <c>COLLATE "C"</c>); uuids sort as their lowercase text does on both providers (PostgreSQL compares their
/// bytes, SQLite their uppercase text, and <c>-</c> stands at the same places in every one).
/// </summary>
internal sealed class KeyOrder
{
    private static readonly MethodInfo Collate = typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));
    private static readonly PropertyInfo Functions = typeof(EF).GetProperty(nameof(EF.Functions))!;

    private readonly DbContextOptions<VigilDbContext> _options;

    private KeyOrder(DbContextOptions<VigilDbContext> options, string? collation) => (_options, Collation) = (options, collation);

    /// <summary>The collation named in the ORDER BY of text ids, or null when the column's own sorts by byte.</summary>
    public string? Collation { get; }

    /// <summary>The order for <paramref name="db"/>'s database: asks PostgreSQL whether its collation sorts as bytes do.</summary>
    public static async Task<KeyOrder> OfAsync(VigilDbContext db, CancellationToken cancellationToken)
    {
        var options = (DbContextOptions<VigilDbContext>)db.GetService<IDbContextOptions>();
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            return new KeyOrder(options, null);
        }

        // Upper case before lower, punctuation not ignored, '/' and '-' before the digits: what ids need of the order.
        var bytewise = await db.Database.SqlQueryRaw<bool>("""SELECT ('B' < 'a' AND 'a-c' < 'a0b' AND 'a/c' < 'a0b') AS "Value" """).SingleAsync(cancellationToken);
        return new KeyOrder(options, bytewise ? null : "C");
    }

    /// <summary>A context of its own over the same database, for one stream.</summary>
    public VigilDbContext Open() => new(_options);

    /// <summary><paramref name="query"/> ordered by the text <paramref name="key"/>, as bytes.</summary>
    public IOrderedQueryable<T> By<T>(IQueryable<T> query, Expression<Func<T, string>> key) => query.OrderBy(Bytewise(key));

    /// <summary>Then by the text <paramref name="key"/>, as bytes.</summary>
    public IOrderedQueryable<T> ThenBy<T>(IOrderedQueryable<T> query, Expression<Func<T, string>> key) => query.ThenBy(Bytewise(key));

    /// <summary>
    /// The rows of <paramref name="query"/> (made on a context of its own) one at a time, the context disposed when the
    /// enumeration ends.
    /// </summary>
    public async IAsyncEnumerable<T> StreamAsync<T>(Func<VigilDbContext, IQueryable<T>> query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        await foreach (var row in query(db).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>
    /// Each subject of <paramref name="type"/> that the audit log says exists, with its latest entry, in id order: the
    /// latest entry that records a state (reads and copies are events), unless that entry records a deletion.
    /// </summary>
    public async IAsyncEnumerable<Audited> LatestAsync(string type, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Audited? latest = null;
        string? subject = null;
        var entries = StreamAsync(db => By(db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == type), e => e.SubjectId)
            .ThenBy(e => e.Sequence)
            .Select(e => new { e.SubjectId, e.Sequence, e.PayloadHash, e.Action }), cancellationToken);
        await foreach (var entry in entries)
        {
            if (entry.Action is Persons.PersonPayload.ReadAction or Blobs.CopyBlobs.Action)
            {
                continue;
            }

            if (entry.SubjectId != subject)
            {
                if (latest is not null)
                {
                    yield return latest;
                }

                subject = entry.SubjectId;
            }

            latest = entry.PayloadHash == AuditPayload.Deleted ? null : new Audited(entry.SubjectId, entry.Sequence, entry.PayloadHash);
        }

        if (latest is not null)
        {
            yield return latest;
        }
    }

    private Expression<Func<T, string>> Bytewise<T>(Expression<Func<T, string>> key) =>
        Collation is null
            ? key
            : Expression.Lambda<Func<T, string>>(Expression.Call(Collate, Expression.Property(null, Functions), key.Body, Expression.Constant(Collation)), key.Parameters);
}

/// <summary>A subject's latest audit entry: its sequence number and the payload hash it recorded.</summary>
internal sealed record Audited(string Id, long Sequence, string PayloadHash);
