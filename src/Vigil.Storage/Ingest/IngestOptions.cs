using Vigil.Core.Extraction;
using Vigil.Core.Incidents;
using Vigil.Core.Reports;

namespace Vigil.Storage.Ingest;

/// <summary>Settings of an ingest run.</summary>
public sealed class IngestOptions
{
    /// <summary>Largest report accepted, in bytes. Default 20 MiB.</summary>
    public int MaxReportBytes { get; set; } = ReportLimits.DefaultMaxReportBytes;

    /// <summary>The web account submitting these reports (<see cref="Reports.Report.SubmitterId"/>); null from the command line.</summary>
    public Guid? SubmitterId { get; set; }

    /// <summary>Largest evidence file accepted, in bytes. Default 4 GiB.</summary>
    public long MaxEvidenceBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// Files prepared in parallel and then written in one transaction. Each report in a batch is
    /// whole (row, blob, audit entry) and the batch commits or rolls back as a unit, so a killed
    /// process still leaves every report either whole or absent. Default 64.
    /// </summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>
    /// The extraction pipeline run on every newly stored report; its incidents and statements are
    /// stored as mentions in the same transaction. Null stores reports without extracting.
    /// </summary>
    public ExtractionPipeline? Pipeline { get; set; }

    /// <summary>
    /// Cluster new mentions into incidents (only the blocks they touch) in rounds during the run and at its end, and
    /// statements and persons at its end. Default on. Off leaves them for the next ingest or <c>vigil recluster</c>.
    /// </summary>
    public bool Cluster { get; set; } = true;

    /// <summary>
    /// Fewest new mentions that start a clustering round in the middle of a run (a round also waits until the run has
    /// stored as many new mentions as the store holds in incidents; the end of the run always clusters). Default 4,096.
    /// </summary>
    public int ClusterRound { get; set; } = 4096;

    /// <summary>Clustering thresholds; null for the documented defaults.</summary>
    public ClusteringOptions? Clustering { get; set; }

    /// <summary>
    /// Keep location and device fields (GPS, camera make and model, serial numbers …) out of the stored
    /// metadata of evidence files (<see cref="Evidence.LocationMetadata"/>); the original bytes are kept either
    /// way. Default off: editors may need them to verify a photo; a store's default comes from
    /// <see cref="StoreSettings"/>.
    /// </summary>
    public bool StripLocation { get; set; }

    /// <summary>Follow symbolic links to files and folders (each real folder is walked once). Default off: a link can point anywhere on the machine.</summary>
    public bool FollowSymlinks { get; set; }

    /// <summary>
    /// Fingerprints new photos and videos (perceptual hashes, facts, thumbnail) and puts them into media items in
    /// the same transaction, for every caller (CLI, web submissions); on by default. Null leaves them for
    /// <c>vigil media fingerprint</c>. A file that cannot be fingerprinted is still stored.
    /// </summary>
    public Media.MediaReader? Media { get; set; } = new();

    /// <summary>Threads that read, hash and parse files. Default: the number of cores.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;
}
