namespace Vigil.Web.Api;

/// <summary>An age and the sources stating it (sources may disagree: both are kept).</summary>
internal sealed record PersonAgeResponse(int Age, IReadOnlyList<string> Sources);
