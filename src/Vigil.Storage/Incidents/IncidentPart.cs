namespace Vigil.Storage.Incidents;

/// <summary>One part of a wave as the wave's page lists it: its own day, place and figures (never added to the wave's).</summary>
public sealed record IncidentPart(Guid Id, string Type, string? Date, string? Place, string? Admin1, int? KilledBest, int? InjuredBest, int? ArrestedBest, string Status);
