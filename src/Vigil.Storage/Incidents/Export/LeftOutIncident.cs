namespace Vigil.Storage.Incidents.Export;

/// <summary>An incident that matched an export's filters but could not be written in its format, and why.</summary>
public sealed record LeftOutIncident(Guid Id, string Reason);
