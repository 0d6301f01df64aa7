using System.Collections.Immutable;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// The person list held in memory for the web app: every person's list columns (the order's date, status, audience, and
/// the machine's values every filter reads: fates, dates, province, ages, gender, sources) and their search terms (each
/// distinct term with the persons written with it, and each person's terms). A list of the persons without an editor's
/// value is walked here in the list's order (<see cref="ListPersons.ListOrder"/>) as far as its count goes, and the database
/// reads the page's rows; the few persons an editor gave a value are held with their effective values (<see cref="EditedPerson"/>),
/// matched and merged in by the caller.
/// A name search starts from its rarest word (the fewest postings over the word's prefix range and skeleton) and tests
/// those persons against the other words, the test <see cref="PersonSearch.Matches"/> makes on an edited person's terms;
/// the whole query's name key adds its persons.
/// <para>
/// In the database the same search sought every candidate's terms through the (person, term) index, one look-up per
/// candidate and word, each comparing text ids, and then every person found by id to order them: a given name and a
/// common surname cost 4-5 ms of SQLite CPU (2,270 candidates for "Rahimi" on the 63,316-person bench store). A filter
/// on a fate walked the list's index testing <c>LIKE '%killed%'</c> on every row until the count's 501 matched.
/// </para>
/// <para>
/// Kept in step with the audit log: every change to a person (a relink, a merge, a split, a review, an edit) appends an
/// audit entry naming the person in its transaction, and the log's entries are appended one at a time. When the head has
/// moved, the entries since the last one seen name the persons to read again: their rows, terms and editor's values replace
/// what the reading held for them (a person page's read entry changes nothing, where a cache kept under the head alone
/// would read every edited person again after each page view). A full reading (about 0.6 s of CPU for 63,316
/// persons and 403,230 terms) is made at the first list and when more than <see cref="ChangedLimit"/> persons changed at
/// once (a recluster). One request reads while the others wait for it. One instance per store (the web app holds one);
/// without one, <see cref="ListPersons"/> lists and searches in the database (the CLI, exports).
/// </para>
/// </summary>
public sealed class PersonListIndex : IDisposable
{
    /// <summary>Beyond this many changed persons (or one in twenty), the index is read whole again.</summary>
    public const int ChangedLimit = 2_000;

    private readonly SemaphoreSlim _reading = new(1, 1);
    private State? _last;

    /// <summary>How many times the index was read whole (the first list, then large changes).</summary>
    internal int FullReadings { get; private set; }

    /// <summary>
    /// The persons without an editor's value that <paramref name="filter"/> lists by the machine's values (rejected ones
    /// left out unless it asks for a status), in the list's order, the first <paramref name="limit"/> of them, and how many
    /// there are (counted no further than <paramref name="limit"/> for a list without a name search), as of the audit
    /// log's entry <paramref name="sequence"/> (its latest, read by the caller): what the database's query of the same
    /// filter over the unedited persons (<see cref="PersonFilter.ApplyUnedited"/>) gives.
    /// </summary>
    public async Task<Listing> ListAsync(VigilDbContext db, long sequence, PersonFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var state = _last;
        if (state is null || state.Sequence != sequence || state.Base.Postgres != db.IsPostgres)
        {
            await _reading.WaitAsync(cancellationToken);
            try
            {
                state = _last;
                if (state is null || state.Sequence != sequence || state.Base.Postgres != db.IsPostgres)
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

        var (top, count) = state.List(filter, limit);
        return new Listing(top, count, state.Edited);
    }

    /// <summary>
    /// A list's persons without an editor's value (<see cref="Top"/>, <see cref="Count"/>: <see cref="ListAsync"/>) and every
    /// person an editor gave a value, with their effective values, as of the same audit entry (the caller matches them).
    /// </summary>
    public sealed record Listing(List<(Guid Id, DateOnly? DateTo)> Top, int Count, IReadOnlyCollection<EditedPerson> Edited);

    public void Dispose() => _reading.Dispose();

    // The state as of entry `sequence`: the last one with the persons named by the entries since applied, or a full reading.
    private async Task<State> RefreshAsync(VigilDbContext db, State? last, long sequence, CancellationToken cancellationToken)
    {
        if (last is not null && sequence > last.Sequence && last.Base.Postgres == db.IsPostgres)
        {
            var limit = Math.Max(ChangedLimit, last.Base.Rows.Length / 20);
            var named = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > last.Sequence && e.Sequence <= sequence && e.SubjectType == "person" && e.Action != PersonPayload.ReadAction)
                .Select(e => e.SubjectId).Distinct().Take(limit + 1).ToListAsync(cancellationToken);
            var ids = named.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
            if (named.Count <= limit && last.Changed.Count + ids.Count <= limit)
            {
                return ids.Count == 0 ? last with { Sequence = sequence }
                    : last.With(sequence, await ReadChangedAsync(db, ids, cancellationToken), await EditedPersons.ReadFreshAsync(db, ids, cancellationToken));
            }
        }

        FullReadings++;
        var snapshot = await ReadAsync(db, cancellationToken);
        var edited = await EditedPersons.ReadFreshAsync(db, ids: null, cancellationToken);
        return new State(sequence, snapshot, ImmutableDictionary<Guid, Changed?>.Empty, edited.ToImmutableDictionary(e => e.Person.Id));
    }

    // The persons `ids` as they are now: their list columns and sorted terms; null for a person no longer there.
    private static async Task<Dictionary<Guid, Changed?>> ReadChangedAsync(VigilDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Persons.AsNoTracking().Where(p => EF.Parameter(ids).Contains(p.Id)).Select(ListColumns).ToListAsync(cancellationToken);
        var terms = (await db.PersonSearchTerms.AsNoTracking().Where(t => EF.Parameter(ids).Contains(t.PersonId)).Select(t => new { t.PersonId, t.Term }).ToListAsync(cancellationToken))
            .ToLookup(t => t.PersonId, t => t.Term);
        var changed = ids.Distinct().ToDictionary(id => id, _ => (Changed?)null);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in rows)
        {
            changed[p.Id] = new Changed(p.Interned(pool), [.. terms[p.Id].Order(StringComparer.Ordinal)]);
        }

        return changed;
    }

    /// <summary>Every person's list columns, then every term.</summary>
    internal static async Task<Snapshot> ReadAsync(VigilDbContext db, CancellationToken cancellationToken)
    {
        // A write between the two reads is named by an audit entry after the one this reading is kept under: the next
        // search reads that person again.
        var rows = new List<Row>();
        var pool = new Dictionary<string, string>(StringComparer.Ordinal); // the fates, provinces and sources repeat: held once
        await foreach (var row in db.Persons.AsNoTracking().Select(ListColumns).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            rows.Add(row.Interned(pool));
        }

        // Numbered in the list's order: a list walks the persons from the first, in memory order.
        var order = ListPersons.ListOrder(db.IsPostgres);
        rows.Sort((a, b) => order.Compare((a.Id, a.DateTo), (b.Id, b.DateTo)));
        var persons = new Dictionary<Guid, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            persons.Add(rows[i].Id, i);
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

        return new Snapshot([.. rows], byTerm, db.IsPostgres);
    }

    /// <summary>A person read again since the full reading: the list columns and the terms (ordinal order).</summary>
    internal sealed record Changed(Row Row, ImmutableArray<string> Terms);

    /// <summary>A full reading, the persons read again since (null: no longer there), and the audit entry they are as of.</summary>
    internal sealed record State(long Sequence, Snapshot Base, ImmutableDictionary<Guid, Changed?> Changed, ImmutableDictionary<Guid, EditedPerson> EditedById)
    {
        // The base's persons that were read again (their base rows and postings are stale).
        private readonly HashSet<int> _superseded = [.. Changed.Keys.Select(id => Base.Ordinal(id)).Where(o => o >= 0)];

        /// <summary>The persons an editor gave a value, with their effective values.</summary>
        public IReadOnlyCollection<EditedPerson> Edited { get; } = [.. EditedById.Values];

        // The persons `changed` read again, of whom `edited` are those with an editor's value now.
        public State With(long sequence, Dictionary<Guid, Changed?> changed, IReadOnlyList<EditedPerson> edited) =>
            new(sequence, Base, Changed.SetItems(changed), EditedById.RemoveRange(changed.Keys).SetItems(edited.Select(e => KeyValuePair.Create(e.Person.Id, e))));

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

        /// <summary>What <see cref="ListAsync"/> returns, from this state.</summary>
        public (List<(Guid Id, DateOnly? DateTo)> Top, int Count) List(PersonFilter filter, int limit)
        {
            var test = new PersonFilter.Test(filter);
            var order = ListPersons.ListOrder(Base.Postgres);
            List<(Guid Id, DateOnly? DateTo)> listed = [];
            if (filter.Search is { Length: > 0 } search)
            {
                // A name search finds a few thousand persons at most: all of them are tested, counted and sorted.
                foreach (var row in Find(PersonSearch.Of(search)))
                {
                    if (row.Listed(test))
                    {
                        listed.Add((row.Id, row.DateTo));
                    }
                }

                listed.Sort(order);
                var count = listed.Count;
                return (listed.Count > limit ? listed.GetRange(0, limit) : listed, count);
            }

            // The base in the list's order as far as the limit (a broad filter stops after `limit` rows, a narrow one walks
            // every person), then the persons read again since, which may fall anywhere in it.
            Base.Walk(test, limit, _superseded, listed);
            var fromBase = listed.Count;
            foreach (var changed in Changed.Values)
            {
                if (changed is { Row: var row } && row.Listed(test))
                {
                    listed.Add((row.Id, row.DateTo));
                }
            }

            if (listed.Count > fromBase)
            {
                listed.Sort(order);
            }

            return (listed.Count > limit ? listed.GetRange(0, limit) : listed, listed.Count);
        }
    }

    /// <summary>
    /// A person as the list reads them: the order's columns, those that say who may see them, and the machine's values the
    /// filters read (<see cref="PersonFilter.Test"/>); <see cref="Unedited"/>: no editor's value is set.
    /// </summary>
    internal readonly record struct Row(
        Guid Id, DateOnly? DateTo, string Status, bool Publishable, bool Unedited,
        DateOnly? DateFrom = null, string Fates = "", string? Admin1 = null, int? AgeMin = null, int? AgeMax = null, string? Gender = null, string Sources = "")
    {
        /// <summary>Whether the person is listed by <paramref name="test"/>: no editor's value, and every condition passes.</summary>
        internal bool Listed(PersonFilter.Test test) =>
            Unedited && test.Listed(Status, Publishable) && test.Fates(Fates) && test.Dates(DateFrom, DateTo) && test.Admin1(Admin1)
            && test.Ages(AgeMin, AgeMax) && test.Gender(Gender) && test.Sources(Sources);

        // The same text held once for every person that has it.
        internal Row Interned(Dictionary<string, string> pool) => this with
        {
            Status = Intern(pool, Status), Fates = Intern(pool, Fates), Admin1 = Admin1 is null ? null : Intern(pool, Admin1),
            Gender = Gender is null ? null : Intern(pool, Gender), Sources = Intern(pool, Sources),
        };

        private static string Intern(Dictionary<string, string> pool, string value)
        {
            if (!pool.TryGetValue(value, out var held))
            {
                pool.Add(value, held = value);
            }

            return held;
        }
    }

    // A person's row as the whole reading and a changed person's reading take it.
    private static readonly Expression<Func<Person, Row>> ListColumns = p => new Row(
        p.Id, p.DateTo, p.Status, p.Publishable, p.OverridesJson == "{}", p.DateFrom, p.Fates, p.Admin1, p.AgeMin, p.AgeMax, p.Gender, p.Sources);

    /// <summary>One reading of the terms.</summary>
    internal sealed class Snapshot
    {
        private readonly string[] _terms;       // distinct, ordinal order
        private readonly int[][] _postings;     // per term, the persons written with it (ascending)
        private readonly int[] _before;         // per term, the postings of every term before it: a range's size by subtraction
        private readonly Dictionary<Guid, int> _ordinals;
        private readonly int[][] _termsOf;      // per person, the numbers of its terms (ascending: ordinal order)

        // The persons' columns a list walks, by number: what each condition reads, the texts as codes into their distinct values.
        private readonly bool[] _unedited, _publishable;
        private readonly DateOnly?[] _dateFrom, _dateTo;
        private readonly int?[] _ageMin, _ageMax;
        private readonly TextColumn _status, _fates, _admin1, _gender, _sources;

        /// <summary>A reading of <paramref name="rows"/>, numbered in the list's order (as <paramref name="postgres"/>'s database sorts them).</summary>
        internal Snapshot(ImmutableArray<Row> rows, Dictionary<string, List<int>> byTerm, bool postgres = false)
        {
            Rows = rows;
            Postgres = postgres;
            _unedited = [.. rows.Select(r => r.Unedited)];
            _publishable = [.. rows.Select(r => r.Publishable)];
            _dateFrom = [.. rows.Select(r => r.DateFrom)];
            _dateTo = [.. rows.Select(r => r.DateTo)];
            _ageMin = [.. rows.Select(r => r.AgeMin)];
            _ageMax = [.. rows.Select(r => r.AgeMax)];
            _status = new TextColumn(rows.Select(r => r.Status));
            _fates = new TextColumn(rows.Select(r => r.Fates));
            _admin1 = new TextColumn(rows.Select(r => r.Admin1));
            _gender = new TextColumn(rows.Select(r => r.Gender));
            _sources = new TextColumn(rows.Select(r => r.Sources));
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

        /// <summary>Every person, by the number the postings give them (the list's order).</summary>
        public ImmutableArray<Row> Rows { get; }

        /// <summary>Whether the reading is PostgreSQL's (it orders undated persons first) or SQLite's.</summary>
        public bool Postgres { get; }

        /// <summary>
        /// Adds to <paramref name="listed"/> the persons <see cref="Row.Listed"/> lets through, in the list's order, up to
        /// <paramref name="limit"/>, leaving out those read again since (<paramref name="superseded"/>). Each text condition
        /// is tested once per distinct value, then by code: a walk of every person is a few array reads each.
        /// </summary>
        public void Walk(PersonFilter.Test test, int limit, IReadOnlySet<int> superseded, List<(Guid Id, DateOnly? DateTo)> listed)
        {
            var status = _status.Passing(s => s is not null && test.Listed(s, publishable: true)); // the audience's publishable flag is its own column
            var fates = test.HasFate ? _fates.Passing(f => f is not null && test.Fates(f)) : null;
            var admin1 = test.HasAdmin1 ? _admin1.Passing(test.Admin1) : null;
            var gender = test.HasGender ? _gender.Passing(test.Gender) : null;
            var sources = test.HasSource ? _sources.Passing(s => s is not null && test.Sources(s)) : null;
            var (dates, ages, reader, anySuperseded) = (test.HasDates, test.HasAges, test.Reader, superseded.Count > 0);
            for (var p = 0; p < Rows.Length; p++)
            {
                if (_unedited[p] && status[_status.Codes[p]] && (!reader || _publishable[p])
                    && (fates is null || fates[_fates.Codes[p]]) && (admin1 is null || admin1[_admin1.Codes[p]])
                    && (gender is null || gender[_gender.Codes[p]]) && (sources is null || sources[_sources.Codes[p]])
                    && (!dates || test.Dates(_dateFrom[p], _dateTo[p])) && (!ages || test.Ages(_ageMin[p], _ageMax[p]))
                    && (!anySuperseded || !superseded.Contains(p)))
                {
                    listed.Add((Rows[p].Id, _dateTo[p]));
                    if (listed.Count == limit)
                    {
                        return;
                    }
                }
            }
        }

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

    /// <summary>A text column as codes into its distinct values (a handful of statuses and fates, some hundreds of source lists).</summary>
    internal sealed class TextColumn
    {
        private readonly string?[] _values;

        internal TextColumn(IEnumerable<string?> column)
        {
            var codes = new Dictionary<string, int>(StringComparer.Ordinal);
            var values = new List<string?> { null }; // code 0: no value
            Codes = [.. column.Select(text => text is null ? 0 : codes.TryGetValue(text, out var code) ? code : Add(text))];
            _values = [.. values];

            int Add(string text)
            {
                codes.Add(text, values.Count);
                values.Add(text);
                return values.Count - 1;
            }
        }

        /// <summary>Each person's code.</summary>
        public int[] Codes { get; }

        /// <summary>Whether each code's value passes <paramref name="test"/>.</summary>
        public bool[] Passing(Func<string?, bool> test) => [.. _values.Select(test)];
    }
}
