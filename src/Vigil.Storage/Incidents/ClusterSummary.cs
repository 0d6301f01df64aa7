namespace Vigil.Storage.Incidents;

/// <summary>What a clustering run did.</summary>
/// <param name="Clusters">Clusters the clusterer formed over the mentions in scope.</param>
/// <param name="Created">Incidents created.</param>
/// <param name="Changed">Incidents created or changed (each audited).</param>
/// <param name="Deleted">Machine incidents dissolved (their mentions joined others).</param>
/// <param name="Pending">The pending mentions an ingest's round clustered (0 for a rebuild, which clusters every mention).</param>
public sealed record ClusterSummary(int Clusters, int Created, int Changed, int Deleted, int Pending = 0);
