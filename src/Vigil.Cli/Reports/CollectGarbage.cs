namespace Vigil.Cli.Reports;

/// <summary>
/// Keeps an ingest's garbage from setting its working set, without touching the GC settings the rest of the CLI
/// (<c>vigil serve</c> above all) runs with. The CLI runs the non-concurrent workstation GC: it lets the youngest
/// generation's budget grow up to 200 MB when much of it survives, as a clustering round's records do, and collects
/// the old generation rarely, so a round's garbage stayed in the working set (docs/scaling.md, sessions 14 and 15).
/// A concurrent GC with ConserveMemory avoided that, but it is the whole process's setting and cost the web app about
/// 1 ms of CPU a request. So, for the length of one ingest, checked every 50 ms: a young collection whenever 32 MB have
/// been allocated since the last collection, and a compacting full collection whenever the heap has grown past what
/// the last full collection kept by as much again, at least 32 MB and at most 64 MB. Young collections cost what
/// survives them, not what was allocated. A small heap is collected as rarely as it doubles; a large one (a 100,000-report
/// run's largest families keep 120–150 MB alive) carries at most 64 MB of garbage, not as much as
/// it holds alive (docs/scaling.md, session 23). After every full collection (forced here or the GC's own) the C
/// library's free memory is given back too (<see cref="NativeHeap"/>): glibc keeps what SQLite and the runtime freed
/// in its arenas otherwise.
/// </summary>
internal sealed class CollectGarbage : IDisposable
{
    private const long YoungBudget = 32L << 20;
    private const long SmallestHeap = 32L << 20;
    private const long LargestGrowth = 64L << 20;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private long _allocatedAtLastCollection;
    private int _collections;
    private int _fullCollections;
    private bool _disposed;

    private CollectGarbage()
    {
        (_allocatedAtLastCollection, _collections) = (GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0));
        _fullCollections = GC.CollectionCount(GC.MaxGeneration);
        _timer = new Timer(_ => Check(), null, Interval, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Starts watching the heap until disposed.</summary>
    public static CollectGarbage Start() => new();

    /// <summary>Young collections forced because 32 MB had been allocated since the last one.</summary>
    public int Young { get; private set; }

    /// <summary>Full collections forced because the heap had grown past what the last one kept by as much again (64 MB at most).</summary>
    public int Full { get; private set; }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }

    /// <summary>What a check does, from what it reads: the heap's size (live and not yet collected), what the last full
    /// collection kept, the bytes allocated since the last collection, and whether one has run since.</summary>
    internal static Collection Decide(long heap, long keptByLastFull, long allocatedSinceCollection, bool collectedSince) =>
        heap > Math.Max(keptByLastFull, SmallestHeap) + Math.Min(Math.Max(keptByLastFull, SmallestHeap), LargestGrowth) ? Collection.Full
        : !collectedSince && allocatedSinceCollection > YoungBudget ? Collection.Young
        : Collection.None;

    private void Check()
    {
        // What the last full collection (the GC's own or one forced here) found alive: the heap may grow by as much again, by 64 MB at most.
        var kept = GC.GetGCMemoryInfo(GCKind.FullBlocking) is { Index: > 0 } full ? full.PromotedBytes : 0;
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - _allocatedAtLastCollection;
        switch (Decide(GC.GetTotalMemory(forceFullCollection: false), kept, allocated, GC.CollectionCount(0) != _collections))
        {
            case Collection.Full:
                System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                Full++;
                break;
            case Collection.Young:
                GC.Collect(1, GCCollectionMode.Forced, blocking: true);
                Young++;
                break;
        }

        if (GC.CollectionCount(GC.MaxGeneration) != _fullCollections)
        {
            _fullCollections = GC.CollectionCount(GC.MaxGeneration);
            NativeHeap.Trim();
        }

        if (GC.CollectionCount(0) != _collections)
        {
            (_allocatedAtLastCollection, _collections) = (GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0));
        }

        // Armed again only now, so a check never overlaps the one before (a collection can take longer than the interval).
        lock (_gate)
        {
            if (!_disposed)
            {
                _timer.Change(Interval, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>The collection a check forces.</summary>
    internal enum Collection
    {
        /// <summary>None: the heap is within its bounds.</summary>
        None,

        /// <summary>Generations 0 and 1: 32 MB allocated since the last collection.</summary>
        Young,

        /// <summary>Every generation, compacted: the heap has grown past what the last full collection kept by as much again
        /// (the heap at least 64 MB), or by 64 MB once that kept more than 64 MB.</summary>
        Full,
    }
}
