using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction.Dates;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>
/// An incident with an editor's value for a field that lists filter and count by (type, date, place,
/// province, country), and its effective values: the editor's where set, else the machine's. The indexed
/// columns hold machine values only; these few incidents are filtered and counted by their effective values
/// in memory (<see cref="EffectiveFilter"/>). A partial index over edited incidents keeps loading them cheap.
/// <see cref="Machine"/> keeps the machine values the indexed filters compare.
/// </summary>
public sealed record EditedIncident(
    Guid Id,
    IReadOnlySet<string> Fields,
    string Type,
    string? Date,
    DateOnly? DateFrom,
    DateOnly? DateTo,
    string? Place,
    string? Admin1,
    string? Country,
    EditedIncident.MachineValues Machine)
{
    /// <summary>
    /// True when an editor's date moved the incident's start (<see cref="DateFrom"/> is not the machine's): the search table stores
    /// this start (<see cref="SearchIncidents"/>), the incidents' indexed columns the machine's.
    /// </summary>
    public bool Redated => DateFrom != Machine.DateFrom;

    /// <summary>The machine values of the filtered fields, as the indexed columns hold them.</summary>
    public sealed record MachineValues(string Type, DateOnly? DateFrom, DateOnly? DateTo, string? Admin1);

    /// <summary>The fields whose editor's values change where an incident is listed or counted.</summary>
    public static IReadOnlyList<string> ListedFields { get; } = ["type", "date", "date_end", "place", "admin1", "country"];

    /// <summary>The partial index over edited incidents (SQLite), made by each provider's <c>EditedIndex</c> migration.</summary>
    public const string SqliteCreate = """CREATE INDEX IF NOT EXISTS "IX_incidents_edited" ON incidents ("Id") WHERE "OverridesJson" <> '{}';""";

    /// <summary>Drops what <see cref="SqliteCreate"/> made.</summary>
    public const string SqliteDrop = """DROP INDEX IF EXISTS "IX_incidents_edited";""";

    /// <summary>The partial index over edited incidents (PostgreSQL).</summary>
    public const string PostgresCreate = "CREATE INDEX IF NOT EXISTS ix_incidents_edited ON incidents (id) WHERE overrides_json <> '{}';";

    /// <summary>Drops what <see cref="PostgresCreate"/> made.</summary>
    public const string PostgresDrop = "DROP INDEX IF EXISTS ix_incidents_edited;";

    /// <summary>The edited incident for <paramref name="incident"/>, or null when no editor set a listed field.</summary>
    public static EditedIncident? Of(Incident incident)
    {
        var overrides = IncidentOverrides.Of(incident);
        var fields = ListedFields.Where(overrides.ContainsKey).ToHashSet(StringComparer.Ordinal);
        if (fields.Count == 0)
        {
            return null;
        }

        var (date, from, to) = (incident.Date, incident.DateFrom, incident.DateTo);
        if (fields.Contains("date") || fields.Contains("date_end"))
        {
            date = IncidentOverrides.Effective(overrides, "date", incident.Date);
            var first = PartialDate.Parse(date);
            from = first?.FirstDay;
            to = (PartialDate.Parse(IncidentOverrides.Effective(overrides, "date_end", incident.DateEnd)) ?? first)?.LastDay;
        }

        return new EditedIncident(
            incident.Id,
            fields,
            IncidentOverrides.Effective(overrides, "type", incident.Type)!,
            date,
            from,
            to,
            IncidentOverrides.Effective(overrides, "place", incident.Place),
            IncidentOverrides.Effective(overrides, "admin1", incident.Admin1),
            IncidentOverrides.Effective(overrides, "country", incident.Country),
            new MachineValues(incident.Type, incident.DateFrom, incident.DateTo, incident.Admin1));
    }

    /// <summary>Every edited incident in the store (any status). Only the columns read here are loaded, not the wide ones.</summary>
    public static async Task<List<EditedIncident>> LoadAsync(VigilDbContext db, CancellationToken cancellationToken = default) =>
        (await db.Incidents.AsNoTracking().Where(i => i.OverridesJson != "{}")
            .Select(i => new Incident
            {
                Id = i.Id, Type = i.Type, Date = i.Date, DateEnd = i.DateEnd, DateFrom = i.DateFrom, DateTo = i.DateTo, DateSource = i.DateSource,
                Place = i.Place, Admin1 = i.Admin1, Country = i.Country, OverridesJson = i.OverridesJson,
            })
            .ToListAsync(cancellationToken))
            .Select(Of).OfType<EditedIncident>().ToList();
}
