using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Incidents;
using Vigil.Storage.Database;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Incidents;

/// <summary>Converts stored mentions into what Core's clusterer and figure rules read.</summary>
public static class MentionRecords
{
    /// <summary>The clusterer's view of a stored mention.</summary>
    public static MentionRecord Of(Mention m, string? sourceKey) => Of(RowOf(m), sourceKey, pool: null);

    /// <summary>
    /// The clusterer's view of a mention a round read as a row, its source key made from the row's (<see cref="IncidentMembers.SourceKeyOf"/>),
    /// sharing the report id, source key, place and names with the round's other records.
    /// </summary>
    internal static MentionRecord Of(MentionRow m, RecordPool pool) =>
        Of(m, pool.Share(IncidentMembers.SourceKeyOf(m.SourceKey, m.ReportId)), pool);

    /// <summary>
    /// The columns <see cref="Of(MentionRow, RecordPool)"/> reads, of <paramref name="mentions"/> with their reports' source keys,
    /// untracked: what a clustering round reads of the stored mentions.
    /// </summary>
    internal static IQueryable<MentionRow> RowsOf(VigilDbContext db, IQueryable<Mention> mentions) =>
        from m in mentions
        join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
        join s in db.Sources.AsNoTracking() on r.SourceId equals s.Id into sources
        from s in sources.DefaultIfEmpty()
        select new MentionRow(m.Id, m.ReportId, m.Ordinal, m.Type, m.Date, m.DateEnd, m.DateSource, m.Place, m.Admin1, m.Country, m.Latitude, m.Longitude,
            m.GeoPrecision, m.Actors, m.Victims, m.KilledMin, m.KilledMax, m.InjuredMin, m.InjuredMax, m.ArrestedMin, m.ArrestedMax, m.IncidentId, m.Pinned,
            s == null ? null : s.Key, m.MergeReason);

    private static MentionRow RowOf(Mention m) => new(
        m.Id, m.ReportId, m.Ordinal, m.Type, m.Date, m.DateEnd, m.DateSource, m.Place, m.Admin1, m.Country, m.Latitude, m.Longitude, m.GeoPrecision,
        m.Actors, m.Victims, m.KilledMin, m.KilledMax, m.InjuredMin, m.InjuredMax, m.ArrestedMin, m.ArrestedMax, m.IncidentId, m.Pinned, SourceKey: null);

    private static MentionRecord Of(MentionRow m, string? sourceKey, RecordPool? pool)
    {
        var report = pool is null ? m.ReportId : pool.Share(m.ReportId);
        var place = m.Country is null ? null : new Place(m.Place ?? m.Country, m.Admin1, m.Country, m.Latitude ?? 0, m.Longitude ?? 0, PrecisionOf(m.GeoPrecision));
        return new(
            m.Id,
            ExtractionJson.ParseType(m.Type) ?? Core.Extraction.Incidents.IncidentType.Other,
            PartialDate.Parse(m.Date),
            PartialDate.Parse(m.DateEnd),
            place is null || pool is null ? place : pool.Share(place),
            pool is null ? Split(m.Actors) : pool.Names(m.Actors),
            pool is null ? Split(m.Victims) : pool.Names(m.Victims),
            sourceKey,
            Range(m.KilledMin, m.KilledMax),
            Range(m.InjuredMin, m.InjuredMax),
            Range(m.ArrestedMin, m.ArrestedMax),
            ExtractionJson.ParseDateSource(m.DateSource),
            OrderKey: report,
            ReportKey: report,
            OrderPosition: m.Ordinal);
    }

    /// <summary>
    /// <paramref name="records"/> with the persons their reports name in them (the person mentions tied to each mention, as
    /// name and fate), which the clusterer weighs for killings, arrests and executions. One query per 500 mentions.
    /// </summary>
    public static async Task<List<MentionRecord>> WithPersonsAsync(VigilDbContext db, List<MentionRecord> records, CancellationToken cancellationToken)
    {
        var named = new Dictionary<Guid, List<MentionPerson>>();
        foreach (var chunk in records.Select(r => r.Id).Chunk(500))
        {
            Collect(named, await PersonsOf(db, chunk).ToListAsync(cancellationToken));
        }

        return Attach(records, named);
    }

    /// <summary>The synchronous <see cref="WithPersonsAsync"/>, for the clusterer's stored-mention lookup (a synchronous callback).</summary>
    public static List<MentionRecord> WithPersons(VigilDbContext db, List<MentionRecord> records)
    {
        var named = new Dictionary<Guid, List<MentionPerson>>();
        foreach (var chunk in records.Select(r => r.Id).Chunk(500))
        {
            Collect(named, [.. PersonsOf(db, chunk)]);
        }

        return Attach(records, named);
    }

    private static IQueryable<PersonRow> PersonsOf(VigilDbContext db, Guid[] mentionIds) =>
        from p in db.PersonMentions.AsNoTracking()
        where p.MentionId != null && mentionIds.Contains(p.MentionId.Value)
        orderby p.ReportId, p.Ordinal
        select new PersonRow(p.MentionId!.Value, p.Name, p.Fate);

    private static void Collect(Dictionary<Guid, List<MentionPerson>> named, List<PersonRow> rows)
    {
        foreach (var row in rows)
        {
            if (Enum.TryParse<Fate>(row.Fate, ignoreCase: true, out var fate))
            {
                if (!named.TryGetValue(row.MentionId, out var list))
                {
                    named[row.MentionId] = list = [];
                }

                list.Add(new MentionPerson(row.Name, fate));
            }
        }
    }

    private static List<MentionRecord> Attach(List<MentionRecord> records, Dictionary<Guid, List<MentionPerson>> named)
    {
        if (named.Count == 0)
        {
            return records;
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (named.TryGetValue(records[i].Id, out var persons))
            {
                records[i] = records[i] with { Persons = [.. persons] };
            }
        }

        return records;
    }

    private sealed record PersonRow(Guid MentionId, string Name, string Fate);

    /// <summary>The figure rules' view of a member: the mention with its source's affiliation and grades.</summary>
    public static SourcedMention Sourced(MemberMention member) => new(
        Of(member.Mention, member.SourceKey),
        member.Affiliation,
        Enum.TryParse<ReliabilityGrade>(member.Reliability, out var grade) ? grade : ReliabilityGrade.F,
        member.Mention.Credibility);

    private static GeoPrecision PrecisionOf(string? name) => name switch
    {
        "city" => GeoPrecision.City,
        "province" => GeoPrecision.Province,
        _ => GeoPrecision.Country,
    };

    private static FigureRange? Range(int? min, int? max) => min is { } lo ? new FigureRange(lo, max) : null;

    /// <summary>The names of a stored "; "-separated list of actors or victims.</summary>
    internal static ImmutableArray<string> Split(string list) =>
        [.. list.Split("; ", StringSplitOptions.RemoveEmptyEntries)];
}
