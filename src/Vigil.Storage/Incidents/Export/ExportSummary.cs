namespace Vigil.Storage.Incidents.Export;

/// <summary>What an export wrote: how many incidents, and which matching ones it left out and why.</summary>
public sealed record ExportSummary(int Written, IReadOnlyList<LeftOutIncident> LeftOut);
