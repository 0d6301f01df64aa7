namespace Vigil.Core.Extraction.Statements;

/// <summary>How a subject phrase names its speaker.</summary>
internal enum SpeakerKind
{
    /// <summary>A named person ("Ali Shamkhani", "Khamenei").</summary>
    Person,

    /// <summary>A named organisation ("Amnesty International").</summary>
    Organisation,

    /// <summary>A named outlet ("the state-run Ebtekar daily").</summary>
    Outlet,

    /// <summary>A unique description standing for a person ("the Friday prayers imam of Natanz").</summary>
    Description,

    /// <summary>"he", "she": the most recent named person.</summary>
    Pronoun,

    /// <summary>"the official", "the minister": the most recent person with a role.</summary>
    RoleReference,

    /// <summary>"it", "the group": the organisation or outlet named last.</summary>
    OrganisationReference,
}
