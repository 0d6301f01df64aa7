namespace Vigil.Storage.Incidents;

/// <summary>One source's figure for one category of an incident, as stored in <see cref="Incident.FiguresJson"/>.</summary>
/// <param name="Kind">killed, injured or arrested.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Min">Its minimum.</param>
/// <param name="Max">Its maximum (null when open-ended).</param>
/// <param name="Reliability">The outlet's Admiralty grade.</param>
/// <param name="Credibility">The mention's information-credibility grade.</param>
/// <param name="Published">When the report was published.</param>
/// <param name="Mention">The mention it comes from.</param>
public sealed record FigureClaim(string Kind, string Source, int Min, int? Max, string Reliability, int Credibility, DateOnly? Published, Guid Mention);
