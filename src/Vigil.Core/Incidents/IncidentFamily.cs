namespace Vigil.Core.Incidents;

/// <summary>
/// Incident types that outlets use interchangeably for the same event. Mentions cluster only within one family;
/// the mapping from <see cref="Extraction.Incidents.IncidentType"/> is <see cref="IncidentClusterer.FamilyOf"/>
/// and is explained in docs/pipeline/clustering.md.
/// </summary>
public enum IncidentFamily
{
    /// <summary>Protest and Riot: the same gathering is a "protest" to one outlet and a "riot" to state media.</summary>
    Demonstration,

    /// <summary>Strike: a work stoppage is its own event even when a rally accompanies it.</summary>
    Strike,

    /// <summary>Killing (outside executions).</summary>
    Killing,

    /// <summary>Injury.</summary>
    Injury,

    /// <summary>Arrest and detention.</summary>
    Arrest,

    /// <summary>Judicial execution: never merged with a killing.</summary>
    Execution,

    /// <summary>Attack and PropertyDestruction: an arson attack on a base is reported as either.</summary>
    Attack,

    /// <summary>Graffiti and posters.</summary>
    GraffitiPoster,

    /// <summary>Anything else.</summary>
    Other,
}
