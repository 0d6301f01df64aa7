using System.Diagnostics;

namespace Vigil.Storage.Media;

/// <summary>
/// Where <see cref="GroupMedia"/> spent its time (wall clock, summed over calls): what <c>vigil bench media-store</c>
/// prints so a slow grouping says which step grew. Costs two timestamp reads per step.
/// </summary>
public sealed class GroupingTimes
{
    /// <summary>Loading the stored keys into the index (first chunk) and picking up other writers' files (every chunk).</summary>
    public TimeSpan Load { get; private set; }

    /// <summary>Reading the chunk's own fingerprints.</summary>
    public TimeSpan Read { get; private set; }

    /// <summary>Index look-ups (<see cref="Core.Media.MediaIndex.Candidates"/>).</summary>
    public TimeSpan Lookup { get; private set; }

    /// <summary>Queries for the candidates' fingerprints and the matched files' items.</summary>
    public TimeSpan Fetch { get; private set; }

    /// <summary>Comparing each file with its candidates (<see cref="Core.Media.MediaMatcher.Compare"/>).</summary>
    public TimeSpan Compare { get; private set; }

    /// <summary>Adding the files' keys to the index.</summary>
    public TimeSpan Index { get; private set; }

    /// <summary>Writing the chunk's items and members.</summary>
    public TimeSpan Write { get; private set; }

    /// <summary>How many look-ups were made.</summary>
    public int Lookups { get; private set; }

    /// <summary>How many candidates they returned (the file itself left out).</summary>
    public long Candidates { get; private set; }

    internal void AddLoad(long since) => Load += Stopwatch.GetElapsedTime(since);

    internal void AddRead(long since) => Read += Stopwatch.GetElapsedTime(since);

    internal void AddLookup(long since, int candidates)
    {
        Lookup += Stopwatch.GetElapsedTime(since);
        Lookups++;
        Candidates += candidates;
    }

    internal void AddFetch(long since) => Fetch += Stopwatch.GetElapsedTime(since);

    internal void AddCompare(long since) => Compare += Stopwatch.GetElapsedTime(since);

    internal void AddIndex(long since) => Index += Stopwatch.GetElapsedTime(since);

    internal void AddWrite(long since) => Write += Stopwatch.GetElapsedTime(since);

    /// <inheritdoc/>
    public override string ToString() =>
        $"load {Load.TotalSeconds:0.0} s, read {Read.TotalSeconds:0.0} s, look-up {Lookup.TotalSeconds:0.0} s ({Lookups} look-ups, {(double)Candidates / Math.Max(1, Lookups):0.00} candidates each), " +
        $"fetch {Fetch.TotalSeconds:0.0} s, compare {Compare.TotalSeconds:0.0} s, index {Index.TotalSeconds:0.0} s, write {Write.TotalSeconds:0.0} s";
}
