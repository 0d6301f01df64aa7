namespace Vigil.Web.Api;

/// <summary>One fate of a person (arrested, sentenced, executed …) with its date, place and sources.</summary>
internal sealed record PersonFateResponse(string Fate, string? Date, string? Place, string? Province, IReadOnlyList<string> Sources);
