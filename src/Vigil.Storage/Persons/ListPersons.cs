using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// The person list, read one way for the persons page and <c>/api/v1/persons</c>: the filter, rejected persons left out
/// unless the filter asks for that status, latest fate first, a capped count and one page. The web app gives it its
/// <see cref="PersonListIndex"/> (the list in memory, the edited persons with it); without one the database lists, and
/// <paramref name="edited"/>, when given, keeps the edited persons between lists.
/// </summary>
public sealed class ListPersons(VigilDbContext db, EditedPersons? edited = null, PersonListIndex? index = null)
{
    /// <summary>The count is never taken beyond this; above it the list says "more than".</summary>
    public const int CountLimit = 10_000;

    /// <summary>
    /// Page <paramref name="page"/> (1-based) of <paramref name="size"/> rows, latest fate first, and the count. The count
    /// stops at what the page needs to show — ten pages past this one's start, at most <see cref="CountLimit"/> —
    /// so a broad filter costs a bounded read instead of one over every person it matches.
    /// </summary>
    public async Task<PersonPage> RunAsync(PersonFilter filter, int page, int size, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var skip = (Math.Max(page, 1) - 1) * size;
        var countedTo = CountedTo(skip, size);
        if (index is null && !filter.ReadsEditableFields)
        {
            var (head, total) = await HeadAsync(await QueryAsync(filter, cancellationToken), skip, size, countedTo, search: false, merge: false, cancellationToken);
            if (total <= skip)
            {
                return new PersonPage([], Math.Min(total, countedTo), total > countedTo);
            }

            // The page's ids first, then its rows: the filter and the order read only the list index's columns (migration
            // PersonListCovering), and the page's columns are read for its rows alone, not for every row the filter passes over.
            var ids = head.Skip(skip).Take(size).Select(p => p.Id).ToList();
            return new PersonPage(await RowsAsync(ids, cancellationToken), Math.Min(total, countedTo), total > countedTo);
        }

        // The persons without an editor's value in the list's order as far as the count goes, and the few edited persons
        // matched by their effective values, merged in the list's order. In the web app the first come from memory
        // (PersonListIndex) and the database reads the page's rows alone; otherwise one query of plain conditions over the
        // machine columns walks an index in the list's order and stops at the page. (One query that let the edited persons
        // through each condition by id could not use the indexes: every row was tested against id lists.)
        var auditHead = index is not null || edited is not null ? await EditedPersons.HeadAsync(db, cancellationToken) : default;
        List<(Guid Id, DateOnly? DateTo)> top;
        int uneditedCount;
        List<EditedPerson> matching;
        if (index is not null)
        {
            var listing = await index.ListAsync(db, auditHead.Sequence, filter, countedTo + 1, cancellationToken);
            (top, uneditedCount, matching) = (listing.Top, listing.Count, Matching(filter, listing.Edited));
        }
        else
        {
            matching = Matching(filter, edited is null ? await EditedPersons.ReadFreshAsync(db, cancellationToken) : await edited.ReadAsync(db, auditHead.Hash, cancellationToken));
            var unedited = Visible(filter, filter.ApplyUnedited(PersonsFor(filter), db.PersonSearchTerms.AsNoTracking()));
            (top, uneditedCount) = await HeadAsync(unedited, skip, size, countedTo, filter.Search is { Length: > 0 }, merge: true, cancellationToken);
        }

        var counted = Math.Min(uneditedCount + matching.Count, countedTo + 1);
        if (counted <= skip)
        {
            return new PersonPage([], Math.Min(counted, countedTo), counted > countedTo);
        }

        var order = ListOrder(db.IsPostgres);
        var merged = top.Take(skip + size).Concat(matching.Select(e => (e.Person.Id, e.Person.DateTo))).Order(order).Skip(skip).Take(size).Select(p => p.Id).ToList();
        return new PersonPage(await RowsAsync(merged, cancellationToken), Math.Min(counted, countedTo), counted > countedTo);
    }

    /// <summary>
    /// The longest head of the list read in one query (<see cref="HeadAsync"/>): the first eleven pages of 50, where a count
    /// goes up to 1,000 persons at most. Deeper pages count and read their page by two queries, not thousands of rows.
    /// </summary>
    internal const int HeadLimit = 1_001;

    // The list's first rows in its order, as far as the count goes (countedTo + 1), in one query: their number is the
    // count and the page is among them. A count and a page were two queries, each walking the same index or evaluating
    // the same name search (about half of a search's database time, and one more statement for PostgreSQL to plan).
    // Deep pages, whose count runs thousands of rows ahead, keep the two: a capped count, then the rows up to the page.
    // So do lists without a name search: their count is an index count, cheaper than bringing 501 rows into the app
    // (idle, side by side on one SQLite store: the plain list 1.3-2.3 ms of CPU a request with two queries, 3.2-4.1 with one).
    // Merge: the caller merges the edited persons into these rows (a filter on edited fields), and needs them even when the
    // count ends before the page.
    private static async Task<(List<(Guid Id, DateOnly? DateTo)> Top, int Counted)> HeadAsync(IQueryable<Person> query, int skip, int size, int countedTo, bool search, bool merge, CancellationToken cancellationToken)
    {
        var ordered = query.OrderByDescending(p => p.DateTo).ThenBy(p => p.Id);
        if (search && countedTo + 1 <= HeadLimit)
        {
            var head = await ordered.Take(countedTo + 1).Select(p => new { p.Id, p.DateTo }).ToListAsync(cancellationToken);
            return ([.. head.Take(skip + size).Select(p => (p.Id, p.DateTo))], head.Count);
        }

        // The count in the list's order: which rows a capped count stops at does not change it, but the order is the page
        // query's own (the same index walk), and a limit without one is what EF warns of in the log on every new query.
        var counted = await ordered.Take(countedTo + 1).CountAsync(cancellationToken);
        if (!merge && counted <= skip)
        {
            return ([], counted); // a page past the end (a hand-edited page=): nothing to read
        }

        // The rows before the page are read even when the count ends before it if the caller merges them with the edited
        // persons, who may push some of them onto the page.
        var top = await ordered.Take(skip + size).Select(p => new { p.Id, p.DateTo }).ToListAsync(cancellationToken);
        return ([.. top.Select(p => (p.Id, p.DateTo))], counted);
    }

    /// <summary>
    /// The list's order as the database sorts it (latest fate first, then id): PostgreSQL puts persons without a date
    /// first in a descending order, SQLite last; ids compare as their text does (Guid order is the same).
    /// </summary>
    internal static Comparer<(Guid Id, DateOnly? DateTo)> ListOrder(bool postgres) => Comparer<(Guid Id, DateOnly? DateTo)>.Create((a, b) =>
        a.DateTo == b.DateTo ? a.Id.CompareTo(b.Id)
        : a.DateTo is null ? (postgres ? -1 : 1)
        : b.DateTo is null ? (postgres ? 1 : -1)
        : b.DateTo.Value.CompareTo(a.DateTo.Value));

    // The persons a filter reads. For a name search on SQLite, through the covering index by id (migration
    // PersonListUnedited): the persons found are looked up by id, and SQLite otherwise takes the primary key's unique
    // index and reads each person's row (5.2 -> 1.4 ms of SQLite CPU for a surname that finds 1,250 persons).
    private IQueryable<Person> PersonsFor(PersonFilter filter) =>
        filter.Search is { Length: > 0 } && !db.IsPostgres
            ? db.Persons.FromSqlRaw("SELECT * FROM \"persons\" INDEXED BY \"IX_persons_Search\"").AsNoTracking()
            : db.Persons.AsNoTracking();

    // The edited persons the filter lets through by their effective values (rejected ones left out unless it asks for that status).
    private static List<EditedPerson> Matching(PersonFilter filter, IEnumerable<EditedPerson> all)
    {
        var search = filter.Search is { Length: > 0 } q ? PersonSearch.Of(q) : null;
        var test = new PersonFilter.Test(filter);
        return [.. all.Where(e => filter.Matches(e, search, test) && test.Listed(e.Person.Status, e.Person.Publishable))];
    }

    // The page's rows, in the order of ids: the columns a list shows (names, age, gender, fates, dates, province, mention
    // count, status, the editor's values), not the fates' and ages' JSON by source, the variants or the search text, which
    // are most of a row's bytes and which only a person's own page reads.
    private async Task<List<Person>> RowsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Persons.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id))
            .Select(p => new Person
            {
                Id = p.Id, Key = p.Key, Name = p.Name, NameLocal = p.NameLocal, AgeMin = p.AgeMin, AgeMax = p.AgeMax, Gender = p.Gender, Fates = p.Fates,
                DateFrom = p.DateFrom, DateTo = p.DateTo, Admin1 = p.Admin1, Sources = p.Sources, MentionCount = p.MentionCount, Status = p.Status,
                Publishable = p.Publishable, OverridesJson = p.OverridesJson, UpdatedAt = p.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return [.. rows.OrderBy(p => order[p.Id])];
    }

    private static IQueryable<Person> Visible(PersonFilter filter, IQueryable<Person> query) =>
        string.IsNullOrEmpty(filter.Status) ? query.Where(p => p.Status != IncidentStatus.Rejected) : query;

    /// <summary>How far the count of a page starting at row <paramref name="skip"/> goes.</summary>
    public static int CountedTo(int skip, int size) => Math.Min(CountLimit, skip + (10 * size));

    /// <summary>
    /// The persons named in incident <paramref name="incidentId"/>'s mentions that <paramref name="audience"/> may see,
    /// latest fate first (the incident page's "N killed reported, M named").
    /// </summary>
    public Task<List<Person>> OfIncidentAsync(Guid incidentId, IncidentAudience audience, CancellationToken cancellationToken = default) =>
        new PersonFilter { Audience = audience }.Apply(db.Persons.AsNoTracking())
            .Where(p => p.Status != IncidentStatus.Rejected)
            .Where(p => db.PersonMentions.Any(m => m.PersonId == p.Id && db.Mentions.Any(im => im.Id == m.MentionId && im.IncidentId == incidentId)))
            .OrderByDescending(p => p.DateTo).ThenBy(p => p.Name).Take(500)
            .ToListAsync(cancellationToken);

    /// <summary>The persons <paramref name="filter"/> lists (by effective values), rejected ones left out unless it asks for that status.</summary>
    public async Task<IQueryable<Person>> QueryAsync(PersonFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Visible(filter, await filter.ApplyAsync(db.Persons.AsNoTracking(), db.PersonSearchTerms.AsNoTracking(), cancellationToken));
    }
}
