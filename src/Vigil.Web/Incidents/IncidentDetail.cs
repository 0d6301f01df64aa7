using Vigil.Storage.Audit;
using Vigil.Storage.Incidents;

namespace Vigil.Web.Incidents;

/// <summary>
/// One incident with what backs it: the machine values (<see cref="Incident"/>) and the editor's beside them
/// (<see cref="Editor"/>), who claims which figure, its mentions with their evidence text, and its own audit entries. <see cref="Bodies"/> (report id → body) is for laying out the evidence in context, not for the API.
/// </summary>
public sealed record IncidentDetail(
    Incident Incident,
    IReadOnlyDictionary<string, string> Editor,
    IReadOnlyList<SourceFigure> Figures,
    List<IncidentMention> Mentions,
    List<AuditEntry> History,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyDictionary<string, string> Bodies);
