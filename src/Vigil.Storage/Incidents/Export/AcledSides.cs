namespace Vigil.Storage.Incidents.Export;

/// <summary>ACLED's actor columns of one event: actor1 is always set; actor2 only when the event has a second side.</summary>
internal sealed record AcledSides(string Actor1, string AssocActor1, string Inter1, string? Actor2, string AssocActor2, string? Inter2, string Interaction);
