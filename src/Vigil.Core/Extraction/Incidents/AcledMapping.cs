namespace Vigil.Core.Extraction.Incidents;

/// <summary>
/// Maps each <see cref="IncidentType"/> to ACLED's event type and sub-event type. The table and the reasons
/// for each row are in docs/pipeline/incidents.md.
/// </summary>
public static class AcledMapping
{
    private static readonly AcledCode PeacefulProtest = new("Protests", "Peaceful protest");
    private static readonly AcledCode ViolentDemonstration = new("Riots", "Violent demonstration");
    private static readonly AcledCode CivilianAttack = new("Violence against civilians", "Attack");
    private static readonly AcledCode Arrests = new("Strategic developments", "Arrests");
    private static readonly AcledCode Looting = new("Strategic developments", "Looting/property destruction");
    private static readonly AcledCode OtherDevelopment = new("Strategic developments", "Other");

    /// <summary>The ACLED code of <paramref name="type"/>.</summary>
    public static AcledCode For(IncidentType type) => type switch
    {
        IncidentType.Protest => PeacefulProtest,
        IncidentType.Riot => ViolentDemonstration,
        IncidentType.Killing => CivilianAttack,
        IncidentType.Injury => CivilianAttack,
        IncidentType.Arrest => Arrests,
        IncidentType.Execution => CivilianAttack,
        IncidentType.Attack => CivilianAttack,
        IncidentType.PropertyDestruction => Looting,
        IncidentType.GraffitiPoster => PeacefulProtest,
        IncidentType.Strike => PeacefulProtest,
        _ => OtherDevelopment,
    };
}
