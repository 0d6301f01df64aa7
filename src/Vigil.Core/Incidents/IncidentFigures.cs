using System.Collections.Immutable;
using Vigil.Core.Extraction.Figures;

namespace Vigil.Core.Incidents;

/// <summary>
/// Conflicting figures across the sources of one incident: kept per source, never summed (the same deaths
/// reported by five outlets are the same deaths).
/// </summary>
public static class IncidentFigures
{
    /// <summary>
    /// One summary per category that at least one member reports, in <see cref="CasualtyKind"/> order. The most
    /// reliable claim is the one with the best <see cref="ReliabilityGrade"/> (A first, F last); ties go to the
    /// better credibility grade (1 first), then the larger minimum (among equally trusted reports the fuller count
    /// is usually the later one), then the smaller source key and mention id, so the pick is deterministic.
    /// </summary>
    public static ImmutableArray<FigureSummary> Summarise(IEnumerable<SourcedMention> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var list = members.ToList();
        var result = ImmutableArray.CreateBuilder<FigureSummary>();
        foreach (var category in (CasualtyKind[])[CasualtyKind.Killed, CasualtyKind.Injured, CasualtyKind.Arrested])
        {
            var claims = new List<FigureClaim>();
            foreach (var s in list)
            {
                var figure = category switch
                {
                    CasualtyKind.Killed => s.Mention.Killed,
                    CasualtyKind.Injured => s.Mention.Injured,
                    _ => s.Mention.Arrested,
                };
                if (figure is { } f)
                {
                    claims.Add(new FigureClaim(s.Mention.SourceKey ?? "?", s.Mention.Id, f, s.Reliability, Math.Clamp(s.Credibility, 1, 6)));
                }
            }

            if (claims.Count == 0)
            {
                continue;
            }

            claims.Sort(static (a, b) =>
            {
                var c = string.CompareOrdinal(a.SourceKey, b.SourceKey);
                return c != 0 ? c : a.MentionId.CompareTo(b.MentionId);
            });
            result.Add(new FigureSummary(category, RangeOf(claims), [.. claims], MostReliableOf(claims)));
        }

        return result.ToImmutable();
    }

    /// <summary>Lowest minimum – highest maximum; open-ended when an open claim reaches at or above every closed maximum.</summary>
    internal static FigureRange RangeOf(IReadOnlyList<FigureClaim> claims)
    {
        var min = int.MaxValue;
        var closedMax = int.MinValue;
        var openMin = int.MinValue;
        foreach (var c in claims)
        {
            min = Math.Min(min, c.Figure.Min);
            if (c.Figure.Max is { } max)
            {
                closedMax = Math.Max(closedMax, max);
            }
            else
            {
                openMin = Math.Max(openMin, c.Figure.Min);
            }
        }

        return openMin != int.MinValue && openMin >= closedMax ? new FigureRange(min, null) : new FigureRange(min, closedMax);
    }

    private static FigureClaim MostReliableOf(List<FigureClaim> claims)
    {
        var best = claims[0];
        foreach (var c in claims)
        {
            if (Better(c, best))
            {
                best = c;
            }
        }

        return best;
    }

    private static bool Better(FigureClaim a, FigureClaim b)
    {
        if (a.Reliability != b.Reliability)
        {
            return a.Reliability < b.Reliability;
        }

        if (a.Credibility != b.Credibility)
        {
            return a.Credibility < b.Credibility;
        }

        if (a.Figure.Min != b.Figure.Min)
        {
            return a.Figure.Min > b.Figure.Min;
        }

        var c = string.CompareOrdinal(a.SourceKey, b.SourceKey);
        return c != 0 ? c < 0 : a.MentionId.CompareTo(b.MentionId) < 0;
    }
}
