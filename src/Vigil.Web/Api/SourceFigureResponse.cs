using Vigil.Storage.Incidents;

namespace Vigil.Web.Api;

/// <summary>One source's figure for one category (killed, injured, arrested) of an incident.</summary>
internal sealed record SourceFigureResponse(string Kind, string Source, int Min, int? Max, string Reliability, int Credibility, string? Published, Guid Mention, bool MostReliable)
{
    public static SourceFigureResponse Of(SourceFigure f) => new(f.Kind, f.Source, f.Min, f.Max, f.Reliability, f.Credibility, f.Published, f.Mention, f.MostReliable);
}
