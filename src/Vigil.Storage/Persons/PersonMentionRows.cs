using System.Collections.Immutable;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Persons;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Persons;

/// <summary>Turns the persons stage's fates for one report into rows.</summary>
public static class PersonMentionRows
{
    /// <summary>
    /// One <see cref="PersonMention"/> per person fate, in order, linked to the incident mention row of the same report
    /// (<paramref name="incidents"/> are the report's mention rows, in extraction order); <paramref name="ids"/>[i], when given and
    /// set, is the id of the i-th (a re-extracted person mention keeps its id).
    /// </summary>
    public static List<PersonMention> Of(string reportId, ImmutableArray<PersonFate> fates, IReadOnlyList<Mention> incidents, PersonLinker? linker = null, IReadOnlyList<Guid?>? ids = null)
    {
        linker ??= Linker;
        var rows = new List<PersonMention>(fates.Length);
        for (var i = 0; i < fates.Length; i++)
        {
            var f = fates[i];
            var name = f.Name.Length > 256 ? f.Name[..256] : f.Name;
            var key = linker.KeyOf(name);
            rows.Add(new PersonMention
            {
                Id = ids?[i] ?? OrderedIds.Shared.Next(),
                ReportId = reportId,
                Ordinal = i,
                Name = name,
                NameKey = key.Length > 256 ? key[..256] : key,
                Age = f.Age,
                Gender = f.Gender is { } g ? ExtractionJson.GenderName(g) : null,
                Fate = ExtractionJson.FateName(f.Fate),
                Date = f.Date?.ToString(),
                DateFrom = f.Date?.FirstDay,
                DateTo = f.Date?.LastDay,
                Place = f.Location?.Name,
                Admin1 = f.Location?.Admin1,
                Country = f.Location?.Country,
                EvidenceStart = f.Evidence.Start,
                EvidenceEnd = f.Evidence.End,
                MentionId = f.Incident is { } n && n >= 0 && n < incidents.Count ? incidents[n].Id : null,
            });
        }

        return rows;
    }

    private static readonly PersonLinker Linker = new();
}
