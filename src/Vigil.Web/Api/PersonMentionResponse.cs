namespace Vigil.Web.Api;

/// <summary>One report's account of the person, with the evidence span and why linking put it here.</summary>
internal sealed record PersonMentionResponse(Guid Id, string ReportId, string Source, string Name, int? Age, string Fate, string? Date, string? Place, SpanResponse Evidence, Guid? IncidentId, string? LinkReason);
