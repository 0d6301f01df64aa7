namespace Vigil.Web.Api;

/// <summary>A figure across sources: the lowest minimum, the highest maximum (null when open-ended) and the most reliable source's figure.</summary>
internal sealed record FigureRange(int Min, int? Max, int? Best)
{
    public static FigureRange? Of(int? min, int? max, int? best) => min is { } m ? new FigureRange(m, max, best) : null;
}
