using System.Collections.Immutable;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// The persons' search terms (<see cref="PersonSearchTerm"/>) held in memory, for the web app's name searches, with the
/// columns the list orders and shows them by: each distinct term with the persons written with it, and each person's terms.
/// A search starts from its rarest word (the fewest postings over the word's prefix range and skeleton) and tests those
/// persons against the other words, the test <see cref="PersonSearch.Matches"/> makes on an edited person's terms; the
/// whole query's name key adds its persons. A search with only the status and the audience beside the name is then
/// counted and ordered here, and the database reads the page's rows; with other fields, it reads the found by id.
/// <para>
/// In the database the same search sought every candidate's terms through the (person, term) index, one look-up per
/// candidate and word, each comparing text ids, and then every person found by id to order them: a given name and a
/// common surname cost 4-5 ms of SQLite CPU (2,270 candidates for "Rahimi" on the 63,316-person bench store).
/// </para>
/// <para>
/// Kept in step with the audit log: every change to a person (a relink, a merge, a split, a review, an edit) appends an
/// audit entry naming the person in its transaction, and the log's entries are appended one at a time. When the head has
/// moved, the entries since the last one seen name the persons to read again: their rows and terms replace what the
/// reading held for them (a person page's read entry changes nothing). A full reading (the persons' list columns and
/// every term: about 0.6 s of CPU for 63,316 persons and 403,230 terms) is made at the first search and when more than
/// <see cref="ChangedLimit"/> persons changed at once (a recluster). One request reads while the others wait for it.
/// One instance per store (the web app holds one); without one, <see cref="ListPersons"/> searches in the database (the CLI).
/// </para>
/// </summary>
public sealed class PersonSearchIndex : IDisposable
{
    /// <summary>Beyond this many changed persons (or one in twenty), the index is read whole again.</summary>
    public const int ChangedLimit = 2_000;

    private readonly SemaphoreSlim _reading = new(1, 1);
    private State? _last;

    /// <summary>How many times the index was read whole (the first search, then large changes).</summary>
    internal int FullReadings { get; private set; }

    /// <summary>
    /// The persons <paramref name="search"/> finds among the machine's names (an editor's names are matched by
    /// <see cref="EditedPersons"/>), as of the audit log's entry <paramref name="sequence"/> (its latest, read by the caller).
    /// </summary>
    public async Task<Found> FindAsync(VigilDbContext db, long sequence, PersonSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(search);
        var state = _last;
        if (state is null || state.Sequence != sequence)
        {
            await _reading.WaitAsync(cancellationToken);
            try
            {
                state = _last;
                if (state is null || state.Sequence != sequence)
                {
                    state = await RefreshAsync(db, state, sequence, cancellationToken);
                    _last = state;
                }
            }
            finally
            {
                _reading.Release();
            }
        }

        return new Found(state.Find(search));
    }

    public void Dispose() => _reading.Dispose();

    // The state as of entry `sequence`: the last one with the persons named by the entries since applied, or a full reading.
    private async Task<State> RefreshAsync(VigilDbContext db, State? last, long sequence, CancellationToken cancellationToken)
    {
        if (last is not null && sequence > last.Sequence)
        {
            var limit = Math.Max(ChangedLimit, last.Base.Rows.Length / 20);
            var named = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > last.Sequence && e.Sequence <= sequence && e.SubjectType == "person" && e.Action != PersonPayload.ReadAction)
                .Select(e => e.SubjectId).Distinct().Take(limit + 1).ToListAsync(cancellationToken);
            var ids = named.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
            if (named.Count <= limit && last.Changed.Count + ids.Count <= limit)
            {
                return ids.Count == 0 ? last with { Sequence = sequence } : last.With(sequence, await ReadChangedAsync(db, ids, cancellationToken));
            }
        }

        FullReadings++;
        return new State(sequence, await ReadAsync(db, cancellationToken), ImmutableDictionary<Guid, Changed?>.Empty);
    }

    // The persons `ids` as they are now: their list columns and sorted terms; null for a person no longer there.
    private static async Task<Dictionary<Guid, Changed?>> ReadChangedAsync(VigilDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Persons.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).Select(ListColumns).ToListAsync(cancellationToken);
        var terms = (await db.PersonSearchTerms.AsNoTracking().Where(t => EF.Parameter(ids).Contains(t.PersonId)).Select(t => new { t.PersonId, t.Term }).ToListAsync(cancellationToken))
            .ToLookup(t => t.PersonId, t => t.Term);
        var changed = ids.Distinct().ToDictionary(id => id, _ => (Changed?)null);
        foreach (var p in rows)
        {
            changed[p.Id] = new Changed(p, [.. terms[p.Id].Order(StringComparer.Ordinal)]);
        }

        return changed;
    }

    /// <summary>Every person's list columns, then every term.</summary>
    internal static async Task<Snapshot> ReadAsync(VigilDbContext db, CancellationToken cancellationToken)
    {
        // A write between the two reads is named by an audit entry after the one this reading is kept under: the next
        // search reads that person again.
        var persons = new Dictionary<Guid, int>();
        var rows = new List<Row>();
        await foreach (var row in db.Persons.AsNoTracking().Select(ListColumns).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            persons.Add(row.Id, rows.Count);
            rows.Add(row);
        }

        // The terms by a plain reader in the primary key's order (a person's rows together): EF's materialising of 400,000
        // rows cost more than the database's reading them.
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        await using (var open = await OpenConnection.OfAsync(db, cancellationToken))
        {
            await using var command = open.CreateCommand();
            var entity = db.Model.FindEntityType(typeof(PersonSearchTerm))!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var (personId, termColumn) = (BulkRows.Quote(entity.FindProperty(nameof(PersonSearchTerm.PersonId))!.GetColumnName(table)!), BulkRows.Quote(entity.FindProperty(nameof(PersonSearchTerm.Term))!.GetColumnName(table)!));
            command.CommandText = $"SELECT {personId}, {termColumn} FROM {BulkRows.Quote(table.Name)} ORDER BY {personId}, {termColumn}"; // the names as each provider's model maps them
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var (last, person) = (Guid.Empty, -1);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetGuid(0);
                if (id != last)
                {
                    (last, person) = (id, persons.TryGetValue(id, out var p) ? p : -1);
                }

                if (person < 0)
                {
                    continue; // a person written after the persons were read: read again at the next search
                }

                var term = reader.GetString(1);
                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm.Add(term, list = []);
                }

                list.Add(person);
            }
        }

        return new Snapshot([.. rows], byTerm);
    }

    /// <summary>A person read again since the full reading: the list columns and the terms (ordinal order).</summary>
    internal sealed record Changed(Row Row, ImmutableArray<string> Terms);

    /// <summary>A full reading, the persons read again since (null: no longer there), and the audit entry they are as of.</summary>
    internal sealed record State(long Sequence, Snapshot Base, ImmutableDictionary<Guid, Changed?> Changed)
    {
        // The base's persons that were read again (their base postings are stale).
        private readonly HashSet<int> _superseded = [.. Changed.Keys.Select(id => Base.Ordinal(id)).Where(o => o >= 0)];

        public State With(long sequence, Dictionary<Guid, Changed?> changed) => new(sequence, Base, Changed.SetItems(changed));

        /// <summary>The persons found: the base's (those not read again since) and the changed ones that match.</summary>
        public List<Row> Find(PersonSearch search)
        {
            var found = new List<Row>();
            foreach (var p in Base.Find(search))
            {
                if (!_superseded.Contains(p))
                {
                    found.Add(Base.Rows[p]);
                }
            }

            foreach (var changed in Changed.Values)
            {
                if (changed is not null && search.Matches(changed.Terms))
                {
                    found.Add(changed.Row);
                }
            }

            return found;
        }
    }

    /// <summary>A person as the list reads them: the order's columns and those that say who may see them.</summary>
    internal readonly record struct Row(Guid Id, DateOnly? DateTo, string Status, bool Publishable, bool Unedited);

    // A person's row as the whole reading and a changed person's reading take it.
    private static readonly Expression<Func<Person, Row>> ListColumns = p => new Row(p.Id, p.DateTo, p.Status, p.Publishable, p.OverridesJson == "{}");

    /// <summary>The persons a search found.</summary>
    public sealed class Found
    {
        private readonly List<Row> _persons;

        internal Found(List<Row> persons) => _persons = persons;

        /// <summary>Their ids (each once, in no particular order).</summary>
        public List<Guid> Ids => [.. _persons.Select(p => p.Id)];

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
            foreach (var row in _persons)
            {
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
        private readonly Dictionary<Guid, int> _ordinals;
        private readonly int[][] _termsOf;      // per person, the numbers of its terms (ascending: ordinal order)

        internal Snapshot(ImmutableArray<Row> rows, Dictionary<string, List<int>> byTerm)
        {
            Rows = rows;
            _ordinals = new Dictionary<Guid, int>(rows.Length);
            for (var i = 0; i < rows.Length; i++)
            {
                _ordinals[rows[i].Id] = i;
            }

            _terms = [.. byTerm.Keys.Order(StringComparer.Ordinal)];
            _postings = new int[_terms.Length][];
            _before = new int[_terms.Length + 1];
            var termsOf = new List<int>[rows.Length];
            for (var t = 0; t < _terms.Length; t++)
            {
                var postings = byTerm[_terms[t]];
                postings.Sort();
                _postings[t] = [.. postings];
                _before[t + 1] = _before[t] + postings.Count;
                foreach (var p in postings)
                {
                    (termsOf[p] ??= []).Add(t); // terms taken in order: each person's list is ascending
                }
            }

            _termsOf = [.. termsOf.Select(t => t is null ? [] : t.ToArray())];
        }

        /// <summary>A person's number (-1: not in this reading).</summary>
        public int Ordinal(Guid id) => _ordinals.TryGetValue(id, out var o) ? o : -1;

        /// <summary>Every person, by the number the postings give them.</summary>
        public ImmutableArray<Row> Rows { get; }

        /// <summary>The persons found, by their numbers (each once, in no particular order).</summary>
        public List<int> Find(PersonSearch search)
        {
            ArgumentNullException.ThrowIfNull(search);
            var found = new HashSet<int>();
            if (search.Words.Count > 0)
            {
                // Each word as numbers of terms: a range (its prefix) and one term (its skeleton, -1 when none is held).
                var words = search.Words.Select(w => (Range: Range(w.Prefix, w.After), Skeleton: w.Skeleton.Length > 0 && Lookup(w.Skeleton) is { } k ? k : -1)).ToArray();

                // The rarest word's persons (the fewest postings), each tested against the other words.
                var rarest = Enumerable.Range(0, words.Length).MinBy(i => Size(words[i].Range, words[i].Skeleton));
                var others = words.Where((_, i) => i != rarest).ToArray();
                var (from, to) = words[rarest].Range;
                for (var t = from; t < to; t++)
                {
                    Test(_postings[t]);
                }

                if (words[rarest].Skeleton >= 0)
                {
                    Test(_postings[words[rarest].Skeleton]);
                }

                void Test(int[] postings)
                {
                    foreach (var p in postings)
                    {
                        if (others.Length == 0 || (!found.Contains(p) && others.All(w => Has(_termsOf[p], w.Range, w.Skeleton))))
                        {
                            found.Add(p);
                        }
                    }
                }
            }

            if (search.WholeKey.Length > 0 && Lookup(search.WholeKey) is { } whole)
            {
                found.UnionWith(_postings[whole]);
            }

            return [.. found];
        }

        // Whether a person's terms (numbers, ascending) hold one in [range.From, range.To) or the skeleton term.
        private static bool Has(int[] terms, (int From, int To) range, int skeleton)
        {
            var at = Array.BinarySearch(terms, range.From);
            var index = at >= 0 ? at : ~at;
            return (index < terms.Length && terms[index] < range.To) || (skeleton >= 0 && Array.BinarySearch(terms, skeleton) >= 0);
        }

        private int Size((int From, int To) range, int skeleton) =>
            _before[range.To] - _before[range.From] + (skeleton >= 0 ? _postings[skeleton].Length : 0);

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
