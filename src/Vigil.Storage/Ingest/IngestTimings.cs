using Vigil.Storage.Incidents;

namespace Vigil.Storage.Ingest;

/// <summary>
/// Where an ingest run spent its time. <see cref="Extraction"/> is the wall time of preparing batches (read, hash,
/// blob, extraction; in parallel, overlapping the writes); the others are spent by the single writer, one after the other.
/// </summary>
public sealed class IngestTimings
{
    /// <summary>Preparing batches: reading, hashing, writing blobs and running the extraction pipeline (wall time, on worker threads).</summary>
    public TimeSpan Extraction { get; set; }

    /// <summary>The writer waiting for the next prepared batch: extraction not keeping up.</summary>
    public TimeSpan WaitingForExtraction { get; set; }

    /// <summary>Adding report, mention and audit rows and saving them.</summary>
    public TimeSpan Rows { get; set; }

    /// <summary>Incremental incident clustering, in rounds (wall time of all rounds; <see cref="Clustering"/> splits it).</summary>
    public TimeSpan Incidents { get; set; }

    /// <summary>Clustering rounds run (a round clusters every mention not yet in an incident).</summary>
    public int Rounds { get; set; }

    /// <summary>Where incident clustering spent its time: lookup of connected stored mentions, Core's clusterer, writing.</summary>
    public ClusterTimings Clustering { get; } = new();

    /// <summary>Linking person mentions to persons at the end of the run.</summary>
    public TimeSpan Persons { get; set; }

    /// <summary>Statement clustering at the end of the run.</summary>
    public TimeSpan Statements { get; set; }

    /// <summary>Committing the batches' transactions.</summary>
    public TimeSpan Commit { get; set; }
}
