namespace Vigil.Storage.Incidents;

/// <summary>Where incident clustering spent its time (for <c>vigil bench ingest</c> and docs/scaling.md).</summary>
public sealed class ClusterTimings
{
    /// <summary>Writing the new mentions' block keys and reading the stored mentions their blocks connect to.</summary>
    public TimeSpan Lookup { get; set; }

    /// <summary>Core's <see cref="Core.Incidents.IncidentClusterer.Cluster"/> over what the lookup collected.</summary>
    public TimeSpan Clustering { get; set; }

    /// <summary>Moving mentions, reloading changed incidents' members, recomputing, auditing and saving them.</summary>
    public TimeSpan Applying { get; set; }

    /// <summary>Committing each round's transactions, which indexes the incidents they touched for search (IncidentSearchOnCommit).</summary>
    public TimeSpan Committing { get; set; }

    /// <summary>Mentions clustered (the new ones and the stored ones their blocks connect to), summed over calls.</summary>
    public long Mentions { get; set; }

    /// <summary>Incidents written (created or updated) or deleted, summed over calls: each one is an audit entry.</summary>
    public long Incidents { get; set; }
}
