using System.Collections.Immutable;
using System.Globalization;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Incidents;

namespace Vigil.Core.Statements;

/// <summary>
/// Groups statement mentions into Statements: one per speaker × utterance. Two mentions are the same utterance
/// when their speakers have the same key (<see cref="SpeakerNames"/>), their dates agree (single days at most
/// <see cref="StatementClusteringOptions.DayTolerance"/> apart, otherwise overlapping windows; an unknown date
/// agrees when <see cref="StatementClusteringOptions.UnknownDateJoins"/>) and their quotes are similar
/// (<see cref="StatementClusteringOptions.QuoteSimilarity"/>). Statements are the connected groups of that
/// relation: unlike incidents, linking through a middle member is wanted here, because reports quote different
/// excerpts of one long remark. Pure, deterministic and order-independent; thread-safe.
/// </summary>
public sealed class StatementClusterer
{
    private readonly SpeakerNames _speakers;
    private readonly StatementClusteringOptions _options;

    /// <summary>A clusterer that keys speakers with <paramref name="speakers"/>. Throws on out-of-range options.</summary>
    public StatementClusterer(SpeakerNames speakers, StatementClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        _speakers = speakers;
        _options = options ?? new StatementClusteringOptions();
        _options.Validate();
    }

    /// <summary>
    /// Clusters <paramref name="statements"/>; every statement lands in exactly one Statement. Ordered by speaker
    /// key, then <see cref="StatementCluster.Key"/>. Throws <see cref="ArgumentException"/> on duplicate ids.
    /// Only candidate pairs are compared (an index of quote words, exact repeats folded), so a speaker quoted tens of
    /// thousands of times costs about as much as the pairs that share rare words.
    /// </summary>
    public IReadOnlyList<StatementCluster> Cluster(IEnumerable<StatementRecord> statements) => Cluster(statements, reasons: true);

    /// <summary>
    /// As <see cref="Cluster(IEnumerable{StatementRecord})"/>; without <paramref name="reasons"/> every
    /// <see cref="StatementCluster.Reasons"/> is empty. A merge's reason is a string made when two groups join, one per
    /// member after the first, so a caller that does not keep them (storage) should not have them made: a speaker quoted
    /// 163,000 times held ~35 MB of them until the clusters were returned (docs/scaling.md, session 21).
    /// </summary>
    public IReadOnlyList<StatementCluster> Cluster(IEnumerable<StatementRecord> statements, bool reasons)
    {
        ArgumentNullException.ThrowIfNull(statements);
        // Every quote's words and speaker key are held until the last group is clustered: one string per distinct word and
        // key, one word array per distinct quote text and one key per distinct speaker, role and date (a busy speaker's
        // quotes are mostly the same few remarks, so each is folded and split once).
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var wordsOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var keyOf = new Dictionary<(string Speaker, string? Role, PartialDate? Date), string>();
        string[] WordsOf(string quote)
        {
            if (!wordsOf.TryGetValue(quote, out var words))
            {
                wordsOf[quote] = words = QuoteWords.Of(quote, shared);
            }

            return words;
        }

        string KeyOf(StatementRecord s)
        {
            if (!keyOf.TryGetValue((s.Speaker, s.SpeakerRole, s.Date), out var key))
            {
                keyOf[(s.Speaker, s.SpeakerRole, s.Date)] = key = QuoteWords.Shared(shared, _speakers.Key(s.Speaker, s.SpeakerRole, s.Date));
            }

            return key;
        }

        var items = statements
            .Select(s => (Record: s, Speaker: KeyOf(s), Words: WordsOf(s.Quote)))
            .OrderBy(s => s.Record.Id)
            .ToList();
        wordsOf.Clear();
        wordsOf.TrimExcess();
        keyOf.Clear();
        keyOf.TrimExcess();
        for (var i = 1; i < items.Count; i++)
        {
            if (items[i].Record.Id == items[i - 1].Record.Id)
            {
                throw new ArgumentException($"Statement id {items[i].Record.Id} occurs twice.", nameof(statements));
            }
        }

        var result = new List<StatementCluster>();
        foreach (var group in items.GroupBy(s => s.Speaker, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var parent = Enumerable.Range(0, members.Count).ToArray();
            var merges = new List<MergeReason>?[reasons ? members.Count : 0];
            var ranks = new int[]?[members.Count];
            void Join(int i, int j, double similarity)
            {
                int ri = Find(parent, i), rj = Find(parent, j);
                var (keep, drop) = ri < rj ? (ri, rj) : (rj, ri);
                parent[drop] = keep;
                if (!reasons)
                {
                    return;
                }

                // The longer list takes in the shorter one, so that merging stays linear overall.
                var (merged, other) = (merges[keep] ?? [], merges[drop]);
                if (other is not null && other.Count > merged.Count)
                {
                    (merged, other) = (other, merged);
                }

                if (other is not null)
                {
                    merged.AddRange(other);
                }

                merged.Add(new MergeReason(members[j].Record.Id, members[i].Record.Id, string.Create(CultureInfo.InvariantCulture,
                    $"speaker={group.Key}; date {members[j].Record.Date?.ToString() ?? "?"} ~ {members[i].Record.Date?.ToString() ?? "?"}; quote overlap {similarity:0.00}")));
                merges[keep] = merged;
                merges[drop] = null;
            }

            bool TryJoin(int i, int j)
            {
                if (Find(parent, i) == Find(parent, j))
                {
                    return true;
                }

                if (!SameUtterance(members[i], members[j], ranks[i], ranks[j], out var similarity))
                {
                    return false;
                }

                Join(i, j, similarity);
                return true;
            }

            Link(members, parent, ranks, TryJoin);

            var groups = new Dictionary<int, List<int>>();
            for (var k = 0; k < members.Count; k++)
            {
                var root = Find(parent, k);
                if (!groups.TryGetValue(root, out var list))
                {
                    groups[root] = list = [];
                }

                list.Add(k);
            }

            foreach (var (root, indexes) in groups.OrderBy(g => g.Key))
            {
                var ids = indexes.Select(k => members[k].Record.Id).ToList();
                var sources = new SortedSet<string>(indexes.Select(k => members[k].Record.SourceKey ?? "?"), StringComparer.Ordinal);
                result.Add(new StatementCluster(ids[0], group.Key, [.. ids], [.. sources], reasons && merges[root] is { } r ? [.. r] : []));
            }
        }

        return result;
    }

    /// <summary>
    /// Calls <paramref name="tryJoin"/> (i &lt; j) on every pair that could be the same utterance and is not yet in one
    /// group, so that a speaker quoted tens of thousands of times is not compared pairwise. <paramref name="tryJoin"/>
    /// returns true when i and j are in one group afterwards. Exact repeats (same words, same date) are paired with their
    /// first occurrence and only that one is compared further: whatever it matches, they match. Quotes of at least
    /// <see cref="StatementClusteringOptions.MinContentWords"/> words are paired through an index of their words (prefix
    /// filtering): a pair reaching the overlap threshold <c>t</c> shares at least <c>⌈t·m⌉</c> of the shorter quote's
    /// <c>m</c> words, so it shares one of that quote's <c>m − ⌈t·m⌉ + 1</c> rarest words. Shorter quotes must repeat
    /// exactly, so they are paired by their words. Each index key holds its quotes by group (<see cref="QuotePosting"/>),
    /// so a quote steps over its own group and stops in another at the first quote it joins: the groups equal those of
    /// the pairwise comparison, and the work grows with the groups a quote meets rather than with the quotes.
    /// </summary>
    private void Link(List<(StatementRecord Record, string Speaker, string[] Words)> members, int[] parent, int[]?[] ranks, Func<int, int, bool> tryJoin)
    {
        if (_options.QuoteSimilarity <= 0 || _options.MinContentWords == 0)
        {
            // Every pair may match: nothing to filter on.
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    tryJoin(i, j);
                }
            }

            return;
        }

        var mark = new int[members.Count];
        var slot = new int[members.Count];
        var stamp = 0;
        var firstOf = new Dictionary<(string Date, string[] Words), int>(RepeatComparer.Instance);
        var distinct = new List<int>();
        for (var k = 0; k < members.Count; k++)
        {
            var (record, _, words) = members[k];
            if (words.Length > 0 && (record.Date is not null || _options.UnknownDateJoins))
            {
                var key = (record.Date?.ToString() ?? string.Empty, words);
                if (firstOf.TryGetValue(key, out var first))
                {
                    tryJoin(first, k);
                    continue;
                }

                firstOf[key] = k;
            }

            distinct.Add(k);
        }

        var shortQuotes = new Dictionary<(string Date, string[] Words), QuotePosting>(RepeatComparer.Instance);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in distinct)
        {
            var words = members[k].Words;
            if (words.Length < _options.MinContentWords)
            {
                if (words.Length > 0)
                {
                    var key = (string.Empty, words);
                    if (!shortQuotes.TryGetValue(key, out var same))
                    {
                        shortQuotes[key] = same = new QuotePosting();
                    }

                    same.Scan(k, parent, mark, slot, ++stamp, other => tryJoin(other, k));
                    same.Add(k);
                }

                continue;
            }

            foreach (var w in words)
            {
                frequency[w] = frequency.GetValueOrDefault(w) + 1;
            }
        }

        // Words become numbers ranked rarest first (ties in ordinal order), so a quote's prefix is its lowest ranks.
        var rankOf = new Dictionary<string, int>(frequency.Count, StringComparer.Ordinal);
        foreach (var (word, _) in frequency.OrderBy(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            rankOf[word] = rankOf.Count;
        }

        // Quotes dated to the day are indexed per word and per window of DayTolerance + 1 days, so a quote is only
        // paired with quotes of nearby days; quotes with a wider or unknown date are indexed per word alone.
        var width = _options.DayTolerance + 1;
        var byDay = new Dictionary<(int Word, int Bucket), QuotePosting>();
        var dayed = new Dictionary<int, QuotePosting>();
        var wide = new Dictionary<int, QuotePosting>();
        var longQuotes = distinct.Where(k => members[k].Words.Length >= _options.MinContentWords
            && (members[k].Record.Date is not null || _options.UnknownDateJoins)).ToList();
        static void Add<TKey>(Dictionary<TKey, QuotePosting> index, TKey key, int k)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var posting))
            {
                index[key] = posting = new QuotePosting();
            }

            posting.Add(k);
        }

        foreach (var k in longQuotes)
        {
            var words = members[k].Words;
            var ranked = new int[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                ranked[i] = rankOf[words[i]];
            }

            Array.Sort(ranked);
            ranks[k] = ranked;
            var date = members[k].Record.Date;
            foreach (var w in ranked)
            {
                if (date is { Precision: DatePrecision.Day } day)
                {
                    Add(byDay, (w, day.FirstDay.DayNumber / width), k);
                    Add(dayed, w, k);
                }
                else
                {
                    Add(wide, w, k);
                }
            }
        }

        var seen = new int[members.Count];
        Array.Fill(seen, -1);
        var postings = new List<QuotePosting>();
        foreach (var a in longQuotes)
        {
            var length = members[a].Words.Length;
            var date = members[a].Record.Date;
            bool Visit(int b)
            {
                // a is the shorter (or equal) of the pair; pairs of equal length are found from both sides, once each.
                if (b == a || seen[b] == a || members[b].Words.Length < length)
                {
                    return false;
                }

                seen[b] = a;
                return a < b ? tryJoin(a, b) : tryJoin(b, a);
            }

            var prefix = length - SharedNeeded(length) + 1;
            foreach (var w in ranks[a]!.AsSpan(0, prefix))
            {
                postings.Clear();
                if (wide.TryGetValue(w, out var others))
                {
                    postings.Add(others);
                }

                if (date is null)
                {
                    if (dayed.TryGetValue(w, out var all))
                    {
                        postings.Add(all);
                    }
                }
                else
                {
                    var (first, last) = date.Value.Precision == DatePrecision.Day
                        ? (date.Value.FirstDay.DayNumber / width - 1, date.Value.FirstDay.DayNumber / width + 1)
                        : (date.Value.FirstDay.DayNumber / width, date.Value.LastDay.DayNumber / width);
                    for (var bucket = first; bucket <= last; bucket++)
                    {
                        if (byDay.TryGetValue((w, bucket), out var near))
                        {
                            postings.Add(near);
                        }
                    }
                }

                foreach (var posting in postings)
                {
                    posting.Scan(a, parent, mark, slot, ++stamp, Visit);
                }
            }
        }
    }

    /// <summary>The fewest shared words that reach the overlap threshold for a shorter quote of <paramref name="length"/> words (computed as <see cref="QuoteWords.Overlap"/> does).</summary>
    private int SharedNeeded(int length)
    {
        var shared = Math.Max(1, (int)Math.Ceiling(_options.QuoteSimilarity * length) - 1);
        while ((double)shared / length < _options.QuoteSimilarity)
        {
            shared++;
        }

        return shared;
    }

    /// <summary>
    /// Whether a and b are the same utterance. <paramref name="ranksA"/> and <paramref name="ranksB"/> are the quotes' words
    /// as sorted numbers when <see cref="Link"/> has numbered them: the same overlap as the words, counted without
    /// comparing strings (a speaker's quotes that share a place name but not a remark are compared often).
    /// </summary>
    private bool SameUtterance((StatementRecord Record, string Speaker, string[] Words) a, (StatementRecord Record, string Speaker, string[] Words) b, int[]? ranksA, int[]? ranksB, out double similarity)
    {
        similarity = 0;
        if (!DatesAgree(a.Record, b.Record))
        {
            return false;
        }

        if (Math.Min(a.Words.Length, b.Words.Length) < _options.MinContentWords)
        {
            similarity = a.Words.AsSpan().SequenceEqual(b.Words) && a.Words.Length > 0 ? 1 : 0;
            return similarity == 1;
        }

        similarity = ranksA is not null && ranksB is not null ? QuoteWords.Overlap(ranksA, ranksB) : QuoteWords.Overlap(a.Words, b.Words);
        return similarity >= _options.QuoteSimilarity;
    }

    private bool DatesAgree(StatementRecord a, StatementRecord b)
    {
        if (a.Date is not { } da || b.Date is not { } db)
        {
            return _options.UnknownDateJoins;
        }

        if (da.Precision == DatePrecision.Day && db.Precision == DatePrecision.Day)
        {
            return Math.Abs(da.FirstDay.DayNumber - db.FirstDay.DayNumber) <= _options.DayTolerance;
        }

        return da.FirstDay <= db.LastDay && db.FirstDay <= da.LastDay;
    }

    /// <summary>The group of <paramref name="i"/> (union-find with path halving).</summary>
    internal static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>
    /// Equal for the same date text and the same words in order: the repeats <see cref="Link"/> folds, compared as the words
    /// themselves rather than as one string joined from them per quote.
    /// </summary>
    private sealed class RepeatComparer : IEqualityComparer<(string Date, string[] Words)>
    {
        public static readonly RepeatComparer Instance = new();

        public bool Equals((string Date, string[] Words) x, (string Date, string[] Words) y) =>
            string.Equals(x.Date, y.Date, StringComparison.Ordinal) && x.Words.AsSpan().SequenceEqual(y.Words);

        public int GetHashCode((string Date, string[] Words) key)
        {
            var hash = new HashCode();
            hash.Add(key.Date, StringComparer.Ordinal);
            foreach (var word in key.Words)
            {
                hash.Add(word, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
