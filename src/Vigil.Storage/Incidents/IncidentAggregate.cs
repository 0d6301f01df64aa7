using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Incidents;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Derives an incident's machine values from its mentions: the most precise date and place, the
/// union of actors and victims, figures per source (Core's <see cref="IncidentFigures"/>: range, who
/// claims what, the most reliable source's figure — never a sum) and corroboration.
/// </summary>
public static class IncidentAggregate
{

    /// <summary>Sets <paramref name="incident"/>'s machine values from <paramref name="members"/> (at least one).</summary>
    public static void Apply(Incident incident, IReadOnlyList<MemberMention> members)
    {
        var ordered = members.OrderBy(m => m.Mention.Id).ToList();
        var mentions = ordered.Select(m => m.Mention).ToList();
        incident.Type = Mode(mentions.Select(m => m.Type)) ?? incident.Type;

        // The most precise date wins; among equals a date the text gives outranks a publication date standing in.
        var dated = mentions.Where(m => m.Date is not null)
            .OrderByDescending(m => PartialDate.Parse(m.Date)?.Precision)
            .ThenBy(m => m.DateSource == "publication" ? 1 : 0)
            .ThenBy(m => m.DateEnd is null ? 0 : 1)
            .ThenBy(m => m.DateFrom)
            .FirstOrDefault();
        incident.Date = dated?.Date;
        incident.DateEnd = dated?.DateEnd;
        incident.DateFrom = dated?.DateFrom;
        incident.DateTo = dated?.DateTo;
        incident.DateSource = dated?.DateSource;

        var placed = mentions.Where(m => m.Country is not null)
            .OrderBy(m => PrecisionRank(m.GeoPrecision))
            .ThenBy(m => m.Place, StringComparer.Ordinal)
            .FirstOrDefault();
        incident.Place = placed?.Place;
        incident.Admin1 = placed?.Admin1;
        incident.Country = placed?.Country;
        incident.Latitude = placed?.Latitude;
        incident.Longitude = placed?.Longitude;
        incident.GeoPrecision = placed?.GeoPrecision;

        incident.Actors = Union(mentions.Select(m => m.Actors));
        incident.Victims = Union(mentions.Select(m => m.Victims));

        var sourced = ordered.Select(MentionRecords.Sourced).ToList();
        var names = ordered.GroupBy(m => m.SourceKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().SourceName, StringComparer.Ordinal);
        var published = ordered.ToDictionary(m => m.Mention.Id, m => m.Published);
        var summaries = IncidentFigures.Summarise(sourced);
        (incident.KilledMin, incident.KilledMax, incident.KilledBest) = Figures(summaries, CasualtyKind.Killed);
        (incident.InjuredMin, incident.InjuredMax, incident.InjuredBest) = Figures(summaries, CasualtyKind.Injured);
        (incident.ArrestedMin, incident.ArrestedMax, incident.ArrestedBest) = Figures(summaries, CasualtyKind.Arrested);
        incident.FiguresJson = SourceFigure.Write(
            summaries.SelectMany(s => s.Claims.Select(c => new SourceFigure(
                s.Category.ToString().ToLowerInvariant(),
                names.GetValueOrDefault(c.SourceKey, c.SourceKey),
                c.Figure.Min,
                c.Figure.Max,
                c.Reliability.ToString(),
                c.Credibility,
                published.GetValueOrDefault(c.MentionId)?.ToString("yyyy-MM-dd"),
                c.MentionId,
                c == s.MostReliable))));

        incident.MentionCount = mentions.Count;
        var sources = ordered.Select(m => m.SourceName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        incident.SourceCount = ordered.Select(m => m.SourceKey).Distinct(StringComparer.Ordinal).Count();
        incident.Corroboration = Corroboration.IndependentSources(sourced);
        incident.Sources = string.Join("; ", sources);
    }

    private static (int? Min, int? Max, int? Best) Figures(IEnumerable<FigureSummary> summaries, CasualtyKind kind) =>
        summaries.FirstOrDefault(s => s.Category == kind) is { } summary
            ? (summary.Range.Min, summary.Range.Max, summary.MostReliable.Figure.Min)
            : (null, null, null);

    private static int PrecisionRank(string? precision) => precision switch
    {
        "city" => 0,
        "province" => 1,
        "country" => 2,
        _ => 3,
    };

    private static string? Mode(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();

    private static string Union(IEnumerable<string> lists) =>
        string.Join("; ", lists.SelectMany(l => l.Split("; ", StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase));
}
