using System.Text.Json;
using Vigil.Core.Extraction.Dates;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Derives an incident's machine values from its mentions: the most precise date and place, the
/// union of actors and victims, figures per source (range, who claims what, the most reliable
/// source's figure — never a sum across reports of the same event) and corroboration.
/// </summary>
public static class IncidentAggregate
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sets <paramref name="incident"/>'s machine values from <paramref name="members"/> (at least one).</summary>
    public static void Apply(Incident incident, IReadOnlyList<MemberMention> members)
    {
        var ordered = members.OrderBy(m => m.Mention.Id).ToList();
        var mentions = ordered.Select(m => m.Mention).ToList();
        incident.Type = Mode(mentions.Select(m => m.Type)) ?? incident.Type;

        var dated = mentions.Where(m => m.Date is not null)
            .OrderByDescending(m => PartialDate.Parse(m.Date)?.Precision)
            .ThenBy(m => m.DateEnd is null ? 0 : 1)
            .ThenBy(m => m.DateFrom)
            .FirstOrDefault();
        incident.Date = dated?.Date;
        incident.DateEnd = dated?.DateEnd;
        incident.DateFrom = dated?.DateFrom;
        incident.DateTo = dated?.DateTo;

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

        var claims = new List<FigureClaim>();
        foreach (var member in ordered)
        {
            var m = member.Mention;
            AddClaim(claims, "killed", m.KilledMin, m.KilledMax, member);
            AddClaim(claims, "injured", m.InjuredMin, m.InjuredMax, member);
            AddClaim(claims, "arrested", m.ArrestedMin, m.ArrestedMax, member);
        }

        (incident.KilledMin, incident.KilledMax, incident.KilledBest) = Figures(claims, "killed");
        (incident.InjuredMin, incident.InjuredMax, incident.InjuredBest) = Figures(claims, "injured");
        (incident.ArrestedMin, incident.ArrestedMax, incident.ArrestedBest) = Figures(claims, "arrested");
        incident.FiguresJson = JsonSerializer.Serialize(claims, Json);

        incident.MentionCount = mentions.Count;
        var sources = ordered.Select(m => m.SourceName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        incident.SourceCount = ordered.Select(m => m.SourceKey).Distinct(StringComparer.Ordinal).Count();
        incident.Corroboration = ordered.Select(m => m.IndependenceKey).Distinct(StringComparer.Ordinal).Count();
        incident.Sources = string.Join("; ", sources);
    }

    /// <summary>
    /// Range = lowest minimum to highest maximum (open-ended when any claim is); best = the claim of
    /// the most reliable outlet (Admiralty A first), then the most credible mention (1 first), then
    /// the earliest-published report, then the mention id — a documented, deterministic pick.
    /// </summary>
    internal static (int? Min, int? Max, int? Best) Figures(List<FigureClaim> claims, string kind)
    {
        var of = claims.Where(c => c.Kind == kind).ToList();
        if (of.Count == 0)
        {
            return (null, null, null);
        }

        var min = of.Min(c => c.Min);
        int? max = of.Any(c => c.Max is null) ? null : of.Max(c => c.Max);
        var best = of.OrderBy(c => c.Reliability, StringComparer.Ordinal).ThenBy(c => c.Credibility).ThenBy(c => c.Published ?? DateOnly.MaxValue).ThenBy(c => c.Mention).First();
        return (min, max, best.Min);
    }

    private static void AddClaim(List<FigureClaim> claims, string kind, int? min, int? max, MemberMention member)
    {
        if (min is { } lo)
        {
            claims.Add(new FigureClaim(kind, member.SourceName, lo, max, member.Reliability, member.Mention.Credibility, member.Published, member.Mention.Id));
        }
    }

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
