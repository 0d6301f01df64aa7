using System.Collections.Immutable;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Output;
using CoreStatement = Vigil.Core.Extraction.Statements.StatementMention;

namespace Vigil.Storage.Mentions;

/// <summary>Turns the pipeline's results for one report into rows.</summary>
public static class MentionRows
{
    /// <summary>One <see cref="Mention"/> per extracted incident, in order; <paramref name="ids"/>[i], when given and set, is the id of the i-th (a re-extracted mention keeps its id).</summary>
    public static List<Mention> Of(string reportId, ImmutableArray<IncidentMention> incidents, IReadOnlyList<Guid?>? ids = null)
    {
        var rows = new List<Mention>(incidents.Length);
        for (var i = 0; i < incidents.Length; i++)
        {
            var m = incidents[i];
            rows.Add(new Mention
            {
                Id = ids?[i] ?? OrderedIds.Shared.Next(),
                ReportId = reportId,
                Ordinal = i,
                Type = ExtractionJson.TypeName(m.Type),
                Date = m.Date?.ToString(),
                DateEnd = m.DateEnd?.ToString(),
                DateFrom = m.Date?.FirstDay,
                DateTo = (m.DateEnd ?? m.Date)?.LastDay,
                DateSource = m.Date is null ? null : ExtractionJson.DateSourceName(m.DateSource),
                Place = m.Location?.Name,
                Admin1 = m.Location?.Admin1,
                Country = m.Location?.Country,
                Latitude = m.Location?.Latitude,
                Longitude = m.Location?.Longitude,
                GeoPrecision = m.Location is { } place ? ExtractionJson.PrecisionName(place.Precision) : null,
                Actors = string.Join("; ", m.Actors),
                Victims = string.Join("; ", m.Victims),
                KilledMin = m.Killed?.Min,
                KilledMax = m.Killed?.Max,
                InjuredMin = m.Injured?.Min,
                InjuredMax = m.Injured?.Max,
                ArrestedMin = m.Arrested?.Min,
                ArrestedMax = m.Arrested?.Max,
                EvidenceStart = m.Evidence.Start,
                EvidenceEnd = m.Evidence.End,
                Confidence = Math.Round(m.Confidence, 4),
            });
        }

        return rows;
    }

    /// <summary>One <see cref="StatementMention"/> per extracted statement, in order; <paramref name="ids"/> as for incidents.</summary>
    public static List<StatementMention> Of(string reportId, ImmutableArray<CoreStatement> statements, IReadOnlyList<Guid?>? ids = null)
    {
        var rows = new List<StatementMention>(statements.Length);
        for (var i = 0; i < statements.Length; i++)
        {
            var s = statements[i];
            rows.Add(new StatementMention
            {
                Id = ids?[i] ?? OrderedIds.Shared.Next(),
                ReportId = reportId,
                Ordinal = i,
                Speaker = s.Speaker,
                SpeakerRole = s.SpeakerRole,
                // A statement is stored with the day the text gives, not the publication day standing in for it: the statement
                // clusterer keys on the stored date, and the same remark relayed undated by a later report must still join it.
                Date = s.DateSource == DateSource.Text ? s.Date?.ToString() : null,
                Outlet = s.Outlet,
                Quote = s.Quote,
                EvidenceStart = s.Evidence.Start,
                EvidenceEnd = s.Evidence.End,
            });
        }

        return rows;
    }
}
