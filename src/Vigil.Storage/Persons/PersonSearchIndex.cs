using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// The persons' search terms (<see cref="PersonSearchTerm"/>) held in memory, for the web app's name searches: each
/// distinct term with the persons written with it, and each person's terms in ordinal order. A search starts from its
/// rarest word (the fewest persons over the word's prefix range and skeleton, counted from the postings) and tests each of
/// those persons against every word with <see cref="PersonSearch.Matches"/>, the test the edited persons get; the whole
/// query's name key adds its persons. The database then reads only the persons found, by id.
/// <para>
/// In the database the same search sought every candidate's terms through the (person, term) index, one look-up per
/// candidate and word, each comparing text ids: a given name and a common surname cost 4-5 ms of SQLite CPU (2,270
/// candidates for "Rahimi" on the 63,316-person bench store), the list's largest single cost. Here the candidates are
/// tested in microseconds.
/// </para>
/// <para>
/// Kept for as long as the audit log's head stays the same, as <see cref="EditedPersons"/> is: every change to a person's
/// names (a relink, a merge, a split) appends an audit entry in its transaction, so a new head means the terms may have
/// changed; the index is then read again (one read of the terms' covering index: about 0.2 s for 400,000 terms), by one
/// request while the others wait for it. One instance per store (the web app holds one); without one,
/// <see cref="ListPersons"/> searches in the database (the CLI).
/// </para>
/// </summary>
public sealed class PersonSearchIndex : IDisposable
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Snapshot? _last;

    /// <summary>
    /// The ids of the persons <paramref name="search"/> finds among the machine's names (an editor's names are matched by
    /// <see cref="EditedPersons"/>), as of audit head <paramref name="head"/>; read afresh when the head moved.
    /// </summary>
    public async Task<Found> FindAsync(VigilDbContext db, string head, PersonSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(search);
        var snapshot = _last;
        if (snapshot is null || snapshot.Head != head)
        {
            await _reading.WaitAsync(cancellationToken);
            try
            {
                snapshot = _last;
                if (snapshot is null || snapshot.Head != head)
                {
                    snapshot = await ReadAsync(db, head, cancellationToken);
                    _last = snapshot;
                }
            }
            finally
            {
                _reading.Release();
            }
        }

        return new Found(snapshot, snapshot.Find(search));
    }

    public void Dispose() => _reading.Dispose();

    /// <summary>The terms as the database holds them now, under <paramref name="head"/>.</summary>
    internal static async Task<Snapshot> ReadAsync(VigilDbContext db, string head, CancellationToken cancellationToken)
    {
        // The list's columns of every person (the list index covers them), then the terms. A write between the two reads
        // moves the audit head past the one this reading is kept under, so the next search reads again.
        var persons = new Dictionary<Guid, int>();
        var rows = new List<Row>();
        await foreach (var p in db.Persons.AsNoTracking().Select(p => new { p.Id, p.DateTo, p.Status, p.Publishable, Unedited = p.OverridesJson == "{}" })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            persons.Add(p.Id, rows.Count);
            rows.Add(new Row(p.Id, p.DateTo, p.Status, p.Publishable, p.Unedited));
        }

        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        await foreach (var t in db.PersonSearchTerms.AsNoTracking().Select(t => new { t.Term, t.PersonId }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!persons.TryGetValue(t.PersonId, out var person))
            {
                continue; // a person written after the persons were read: found once the head moves
            }

            if (!byTerm.TryGetValue(t.Term, out var list))
            {
                byTerm.Add(t.Term, list = []);
            }

            list.Add(person);
        }

        return new Snapshot(head, [.. rows], byTerm);
    }

    /// <summary>A person as the list reads them: the order's columns and those that say who may see them.</summary>
    internal readonly record struct Row(Guid Id, DateOnly? DateTo, string Status, bool Publishable, bool Unedited);

    /// <summary>The persons a search found.</summary>
    public sealed class Found
    {
        private readonly Snapshot _snapshot;
        private readonly List<int> _persons;

        internal Found(Snapshot snapshot, List<int> persons) => (_snapshot, _persons) = (snapshot, persons);

        /// <summary>Their ids (each once, in no particular order).</summary>
        public List<Guid> Ids => [.. _persons.Select(p => _snapshot.Rows[p].Id)];

        /// <summary>
        /// Those without an editor's value that <paramref name="filter"/> lists, in the list's order
        /// (<see cref="ListPersons.ListOrder"/>), when the filter reads nothing else than the name, the status and the
        /// audience (<see cref="PersonFilter.ListsByNameOnly"/>); as the database's query of the same filter would list them.
        /// </summary>
        public List<(Guid Id, DateOnly? DateTo)> Listed(PersonFilter filter, bool postgres)
        {
            ArgumentNullException.ThrowIfNull(filter);
            if (!filter.ListsByNameOnly)
            {
                throw new InvalidOperationException("the filter reads more than the name, the status and the audience");
            }

            var status = filter.Status is { Length: > 0 } s ? s : null;
            var listed = new List<(Guid Id, DateOnly? DateTo)>();
            foreach (var p in _persons)
            {
                var row = _snapshot.Rows[p];
                if (row.Unedited
                    && (filter.Audience != IncidentAudience.Reader || (row.Status == IncidentStatus.Confirmed && row.Publishable))
                    && (status is null ? row.Status != IncidentStatus.Rejected : row.Status == status))
                {
                    listed.Add((row.Id, row.DateTo));
                }
            }

            listed.Sort(ListPersons.ListOrder(postgres));
            return listed;
        }
    }

    /// <summary>One reading of the terms.</summary>
    internal sealed class Snapshot
    {

        private readonly string[] _terms;       // distinct, ordinal order
        private readonly int[][] _postings;     // per term, the persons written with it (ascending)
        private readonly int[] _before;         // per term, the postings of every term before it: a range's size by subtraction
        private readonly ImmutableArray<string>[] _termsOf; // per person, its terms in ordinal order

        internal Snapshot(string head, ImmutableArray<Row> rows, Dictionary<string, List<int>> byTerm)
        {
            Head = head;
            Rows = rows;
            _terms = [.. byTerm.Keys.Order(StringComparer.Ordinal)];
            _postings = new int[_terms.Length][];
            _before = new int[_terms.Length + 1];
            var termsOf = new List<string>[rows.Length];
            for (var t = 0; t < _terms.Length; t++)
            {
                var postings = byTerm[_terms[t]];
                postings.Sort();
                _postings[t] = [.. postings];
                _before[t + 1] = _before[t] + postings.Count;
                foreach (var p in postings)
                {
                    (termsOf[p] ??= []).Add(_terms[t]); // terms taken in ordinal order: each person's list is sorted
                }
            }

            _termsOf = [.. termsOf.Select(t => t is null ? ImmutableArray<string>.Empty : [.. t])];
        }

        /// <summary>The audit head this reading belongs to.</summary>
        public string Head { get; }

        /// <summary>Every person, by the number the postings give them.</summary>
        public ImmutableArray<Row> Rows { get; }

        /// <summary>The persons found, by their numbers (each once, in no particular order).</summary>
        public List<int> Find(PersonSearch search)
        {
            var found = new HashSet<int>();
            if (search.Words.Count > 0)
            {
                // The rarest word's persons, each tested against every word.
                var rarest = search.Words.MinBy(Size)!;
                var (from, to) = Range(rarest.Prefix, rarest.After);
                for (var t = from; t < to; t++)
                {
                    Test(_postings[t]);
                }

                if (rarest.Skeleton.Length > 0 && Lookup(rarest.Skeleton) is { } skeleton)
                {
                    Test(_postings[skeleton]);
                }
            }

            if (search.WholeKey.Length > 0 && Lookup(search.WholeKey) is { } whole)
            {
                found.UnionWith(_postings[whole]);
            }

            return [.. found];

            // A query of one word finds every person its range and skeleton reach; a longer one tests them on every word.
            void Test(int[] postings)
            {
                foreach (var p in postings)
                {
                    if (search.Words.Count == 1 || (!found.Contains(p) && search.Matches(_termsOf[p])))
                    {
                        found.Add(p);
                    }
                }
            }
        }

        // How many postings a word reaches: its prefix range's and its skeleton's (a person may be counted twice).
        private int Size(PersonSearch.Word word)
        {
            var (from, to) = Range(word.Prefix, word.After);
            var size = _before[to] - _before[from];
            return word.Skeleton.Length > 0 && Lookup(word.Skeleton) is { } s ? size + _postings[s].Length : size;
        }

        // The terms in [prefix, after): those starting with the prefix (ordinal order, as the database's index range).
        private (int From, int To) Range(string prefix, string after) => (LowerBound(prefix), LowerBound(after));

        private int? Lookup(string term)
        {
            var at = Array.BinarySearch(_terms, term, StringComparer.Ordinal);
            return at >= 0 ? at : null;
        }

        private int LowerBound(string value)
        {
            var at = Array.BinarySearch(_terms, value, StringComparer.Ordinal);
            return at >= 0 ? at : ~at;
        }
    }
}
