using System.Collections.Immutable;
using System.Globalization;
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
    /// Comparison is pairwise within one speaker, so the cost grows with the square of a speaker's statements.
    /// </summary>
    public IReadOnlyList<StatementCluster> Cluster(IEnumerable<StatementRecord> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var items = statements
            .Select(s => (Record: s, Speaker: _speakers.Key(s.Speaker, s.SpeakerRole, s.Date), Words: QuoteWords.Of(s.Quote)))
            .OrderBy(s => s.Record.Id)
            .ToList();
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
            var reasons = new List<MergeReason>?[members.Count];
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    int ri = Find(parent, i), rj = Find(parent, j);
                    if (ri == rj || !SameUtterance(members[i], members[j], out var similarity))
                    {
                        continue;
                    }

                    var (keep, drop) = ri < rj ? (ri, rj) : (rj, ri);
                    parent[drop] = keep;
                    var merged = reasons[keep] ?? [];
                    if (reasons[drop] is { } dropped)
                    {
                        merged.AddRange(dropped);
                    }

                    merged.Add(new MergeReason(members[j].Record.Id, members[i].Record.Id, string.Create(CultureInfo.InvariantCulture,
                        $"speaker={group.Key}; date {members[j].Record.Date?.ToString() ?? "?"} ~ {members[i].Record.Date?.ToString() ?? "?"}; quote overlap {similarity:0.00}")));
                    reasons[keep] = merged;
                    reasons[drop] = null;
                }
            }

            for (var root = 0; root < members.Count; root++)
            {
                if (Find(parent, root) != root)
                {
                    continue;
                }

                var ids = new List<Guid>();
                var sources = new SortedSet<string>(StringComparer.Ordinal);
                for (var k = 0; k < members.Count; k++)
                {
                    if (Find(parent, k) == root)
                    {
                        ids.Add(members[k].Record.Id);
                        sources.Add(members[k].Record.SourceKey ?? "?");
                    }
                }

                result.Add(new StatementCluster(ids[0], group.Key, [.. ids], [.. sources], reasons[root] is { } r ? [.. r] : []));
            }
        }

        return result;
    }

    private bool SameUtterance((StatementRecord Record, string Speaker, string[] Words) a, (StatementRecord Record, string Speaker, string[] Words) b, out double similarity)
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

        similarity = QuoteWords.Overlap(a.Words, b.Words);
        return similarity >= _options.QuoteSimilarity;
    }

    private bool DatesAgree(StatementRecord a, StatementRecord b)
    {
        if (a.Date is not { } da || b.Date is not { } db)
        {
            return _options.UnknownDateJoins;
        }

        if (da.Precision == Extraction.Dates.DatePrecision.Day && db.Precision == Extraction.Dates.DatePrecision.Day)
        {
            return Math.Abs(da.FirstDay.DayNumber - db.FirstDay.DayNumber) <= _options.DayTolerance;
        }

        return da.FirstDay <= db.LastDay && db.FirstDay <= da.LastDay;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
