namespace Vigil.Web.Api;

/// <summary>A source (a source, an NGO, a government …) with its kind, affiliation and Admiralty reliability grade.</summary>
internal sealed record SourceResponse(Guid Id, string Name, string Kind, string? Affiliation, string Reliability);
