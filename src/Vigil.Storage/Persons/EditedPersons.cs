using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Persons;

/// <summary>
/// The persons an editor gave a value, with their effective values (<see cref="EditedPerson"/>), kept between lists
/// for as long as the audit log's head stays the same: every change to a person (an edit, a review, a merge, a split,
/// a relink) appends an audit entry in its transaction, so a new head means the set may have changed, and reading the
/// head is one index look-up. A filtered list then matches these few persons in memory instead of reading them and
/// their editor's values for every request. One instance per store (the web app holds one); without one,
/// <see cref="ListPersons"/> reads them afresh each time (the CLI).
/// </summary>
public sealed class EditedPersons
{
    private Snapshot? _last;

    /// <summary>The edited persons as of the current audit head, read when the head moved since the last call.</summary>
    public async Task<IReadOnlyList<EditedPerson>> ReadAsync(VigilDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await ReadAsync(db, (await HeadAsync(db, cancellationToken)).Hash, cancellationToken);
    }

    /// <summary>The edited persons as of audit head <paramref name="head"/> (<see cref="HeadAsync"/>, read by the caller).</summary>
    public async Task<IReadOnlyList<EditedPerson>> ReadAsync(VigilDbContext db, string head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_last is { } last && last.Head == head)
        {
            return last.Persons;
        }

        var persons = await ReadFreshAsync(db, cancellationToken);
        _last = new Snapshot(head, persons);
        return persons;
    }

    /// <summary>The audit log's latest entry, its number and hash ((0, "") in an empty log): what the persons' caches are kept under.</summary>
    public static async Task<(long Sequence, string Hash)> HeadAsync(VigilDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return head is null ? (0, string.Empty) : (head.Sequence, head.Hash);
    }

    /// <summary>Every edited person with its effective values, read now (the partial index over edited persons finds them).</summary>
    public static Task<IReadOnlyList<EditedPerson>> ReadFreshAsync(VigilDbContext db, CancellationToken cancellationToken = default) =>
        ReadFreshAsync(db, ids: null, cancellationToken);

    /// <summary>The edited persons among <paramref name="ids"/> (null: all of them), read now.</summary>
    internal static async Task<IReadOnlyList<EditedPerson>> ReadFreshAsync(VigilDbContext db, List<Guid>? ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Only the columns the filters and the list's order read (not the fates' and ages' JSON).
        var persons = db.Persons.AsNoTracking().Where(p => p.OverridesJson != "{}");
        if (ids is not null)
        {
            persons = persons.Where(p => EF.Parameter(ids).Contains(p.Id));
        }

        var rows = await persons
            .Select(p => new Person
            {
                Id = p.Id, Key = string.Empty, Name = string.Empty, SearchText = p.SearchText, AgeMin = p.AgeMin, AgeMax = p.AgeMax, Gender = p.Gender,
                Fates = p.Fates, DateFrom = p.DateFrom, DateTo = p.DateTo, Admin1 = p.Admin1, Sources = p.Sources, Status = p.Status,
                Publishable = p.Publishable, OverridesJson = p.OverridesJson,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(EditedPerson.Of)];
    }

    private sealed record Snapshot(string Head, IReadOnlyList<EditedPerson> Persons);
}
