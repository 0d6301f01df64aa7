namespace Vigil.Storage.Persons;

/// <summary>Review states of a person record (the same as an incident's).</summary>
public static class PersonStatus
{
    /// <summary>All states: unreviewed, confirmed, disputed, rejected.</summary>
    public static IReadOnlyList<string> All => Incidents.IncidentStatus.All;
}
