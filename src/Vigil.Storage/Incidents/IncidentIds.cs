using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>Incident ids as people see and type them, by the one rule of <see cref="ShortIds"/> (the last 12 hex digits shown, a unique suffix of 6 to 12 accepted).</summary>
public static class IncidentIds
{
    /// <summary>The short form lists show: the last 12 hex digits.</summary>
    public static string ShortForm(Guid id) => ShortIds.Of(id);

    /// <summary>The short form of any stored id: a UUID's last 12 hex digits, a hash's first 12, anything shorter as it is.</summary>
    public static string ShortForm(string id) => ShortIds.Of(id);

    /// <summary>Resolves a full id or a unique suffix: the id, Invalid (not an id; more than one match, named <paramref name="parameter"/>) or NotFound.</summary>
    public static Task<Outcome<Guid>> ResolveAsync(VigilDbContext db, string? text, string parameter = "id", CancellationToken cancellationToken = default) =>
        ShortIds.ResolveAsync(db.Incidents.Select(i => i.Id), "incident", text, parameter, cancellationToken);
}
