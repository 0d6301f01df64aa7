namespace Vigil.Core.Extraction.Incidents;

/// <summary>What kind of thing happened. The mapping to ACLED event and sub-event types is documented in docs/pipeline/incidents.md.</summary>
public enum IncidentType
{
    /// <summary>A peaceful demonstration, rally or gathering.</summary>
    Protest,

    /// <summary>A violent demonstration or mob violence.</summary>
    Riot,

    /// <summary>People killed (outside executions).</summary>
    Killing,

    /// <summary>People injured.</summary>
    Injury,

    /// <summary>Arrests and detentions.</summary>
    Arrest,

    /// <summary>A judicial execution.</summary>
    Execution,

    /// <summary>An armed attack, bombing or assault.</summary>
    Attack,

    /// <summary>Arson, vandalism, destruction of property.</summary>
    PropertyDestruction,

    /// <summary>Slogans written, posters or banners put up.</summary>
    GraffitiPoster,

    /// <summary>A strike or work stoppage.</summary>
    Strike,

    /// <summary>Anything else worth coding.</summary>
    Other,
}
