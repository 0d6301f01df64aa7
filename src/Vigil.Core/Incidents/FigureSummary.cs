using System.Collections.Immutable;
using Vigil.Core.Extraction.Figures;

namespace Vigil.Core.Incidents;

/// <summary>What the sources of one incident say about one category (killed, injured or arrested).</summary>
/// <param name="Category">The category.</param>
/// <param name="Range">
/// Lowest minimum – highest maximum over the claims. <see cref="FigureRange.Max"/> is null (open-ended) when an
/// open-ended claim ("at least 300") reaches at or above every closed maximum.
/// </param>
/// <param name="Claims">Every claim, ordered by source key then mention id: who claims what.</param>
/// <param name="MostReliable">The claim of the most reliable source (see <see cref="IncidentFigures.Summarise"/>).</param>
public sealed record FigureSummary(CasualtyKind Category, FigureRange Range, ImmutableArray<FigureClaim> Claims, FigureClaim MostReliable);
