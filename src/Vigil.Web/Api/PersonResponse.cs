using System.Text.Json;
using Vigil.Storage.Persons;

namespace Vigil.Web.Api;

/// <summary>
/// One person: machine values with the editor's beside them, ages by source, fates over time with sources, every mention
/// with its evidence text, incidents, evidence files, and (for editors) the history.
/// </summary>
internal sealed record PersonResponse(
    Guid Id,
    string Name,
    string? NameLocal,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<PersonAgeResponse> Ages,
    string? Gender,
    IReadOnlyList<PersonFateResponse> Fates,
    string? Province,
    IReadOnlyList<string> Sources,
    string Status,
    bool Publishable,
    IReadOnlyDictionary<string, string> Editor,
    IReadOnlyList<PersonMentionResponse> Mentions,
    IReadOnlyList<Guid> Incidents,
    IReadOnlyList<string> EvidenceIds,
    IReadOnlyList<HistoryEntryResponse> History)
{
    public static PersonResponse Of(PersonDetail detail)
    {
        var p = detail.Person;
        using var ages = JsonDocument.Parse(p.AgesJson);
        using var fates = JsonDocument.Parse(p.FatesJson);
        return new PersonResponse(
            p.Id,
            p.Name,
            p.NameLocal,
            [.. p.Variants.Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(v => v != p.Name && v != p.NameLocal)],
            [.. ages.RootElement.EnumerateArray().Select(a => new PersonAgeResponse(a.GetProperty("age").GetInt32(), Strings(a.GetProperty("sources"))))],
            p.Gender,
            [.. fates.RootElement.EnumerateArray().Select(f => new PersonFateResponse(
                f.GetProperty("fate").GetString()!, f.GetProperty("date").GetString(), f.GetProperty("place").GetString(), f.GetProperty("admin1").GetString(), Strings(f.GetProperty("sources"))))],
            p.Admin1,
            [.. p.Sources.Split("; ", StringSplitOptions.RemoveEmptyEntries)],
            p.Status,
            p.Publishable,
            detail.Editor,
            [.. detail.Mentions.Select(m => new PersonMentionResponse(m.Mention.Id, m.Mention.ReportId, m.Source, m.Mention.Name, m.Mention.Age, m.Mention.Fate, m.Mention.Date, m.Mention.Place,
                new SpanResponse(m.Mention.EvidenceStart, m.Mention.EvidenceEnd, m.Evidence), m.IncidentId, m.Mention.LinkReason))],
            detail.Incidents,
            [.. detail.Photos.Select(f => f.Id)],
            [.. detail.History.Select(e => new HistoryEntryResponse(e.Sequence, e.At, e.Actor, e.Action))]);
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(s => s.GetString()!)];
}
