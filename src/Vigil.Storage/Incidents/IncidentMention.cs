using Vigil.Storage.Mentions;

namespace Vigil.Storage.Incidents;

/// <summary>A mention of an incident with its report's title, source and date, and the evidence text its span covers. <see cref="FileName"/> is null for readers other than editors (<see cref="IncidentAudience"/>).</summary>
public sealed record IncidentMention(Mention Mention, string ReportId, string? ReportTitle, string? FileName, string? Source, string? Reliability, DateOnly? Published, string Evidence);
