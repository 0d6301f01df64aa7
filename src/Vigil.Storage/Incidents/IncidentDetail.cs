using Vigil.Storage.Audit;

namespace Vigil.Storage.Incidents;

/// <summary>
/// One incident with what backs it: the machine values (<see cref="Incident"/>) and the editor's beside them
/// (<see cref="Editor"/>), who claims which figure, its mentions with their evidence text, and its own audit entries, as <see cref="ReadIncident"/> reads it for the CLI and the web app.
/// A wave lists its <see cref="Parts"/> (for readers, only confirmed ones). A big incident's mention list may be cut (<see cref="Incident.MentionCount"/> has them all). <see cref="Bodies"/> (report id → body) is for laying out the evidence in context, not for the API.
/// </summary>
public sealed record IncidentDetail(
    Incident Incident,
    IReadOnlyDictionary<string, string> Editor,
    IReadOnlyList<SourceFigure> Figures,
    List<IncidentMention> Mentions,
    List<AuditEntry> History,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyDictionary<string, string> Bodies,
    IReadOnlyList<IncidentPart>? Parts = null);
