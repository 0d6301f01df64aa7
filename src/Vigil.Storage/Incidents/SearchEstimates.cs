using System.Collections.Concurrent;

namespace Vigil.Storage.Incidents;

/// <summary>
/// PostgreSQL's row estimates of the parts of text searches, kept so that a search whose parts were all seen before is estimated
/// without asking the database (<see cref="SearchIncidents.EstimateAsync(string, string?, string?, SearchDates?, SearchEstimates?, CancellationToken)"/>):
/// the planner multiplies the selectivities of a search's words and of its other conditions, so the estimate of a search is the
/// product of its parts' estimates. Every row, each word (with its alternatives) and each set of other conditions (status, dates)
/// is a part; a store's searches use few of them again and again. The estimates come from the planner's statistics, which change
/// only when the table is analysed, so the web app keeps one of these per audit-log head. At most <see cref="Capacity"/> parts
/// are kept: a part past it is asked for again each time, as every search was before.
/// </summary>
public sealed class SearchEstimates
{
    /// <summary>The most parts kept.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, double> _rows = new(StringComparer.Ordinal);

    /// <summary>The number of parts kept.</summary>
    public int Count => _rows.Count;

    /// <summary>The estimated rows of the part <paramref name="key"/>, if kept.</summary>
    public bool TryGet(string key, out double rows) => _rows.TryGetValue(key, out rows);

    /// <summary>Keeps the estimated rows of the part <paramref name="key"/>, unless <see cref="Capacity"/> parts are kept already.</summary>
    public void Add(string key, double rows)
    {
        if (_rows.Count < Capacity)
        {
            _rows.TryAdd(key, rows);
        }
    }
}
