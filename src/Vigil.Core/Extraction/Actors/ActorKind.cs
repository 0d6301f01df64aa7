namespace Vigil.Core.Extraction.Actors;

/// <summary>Broad classes of actors, used to tell perpetrators from victims.</summary>
public enum ActorKind
{
    /// <summary>Police, security forces, IRGC, Basij, intelligence, plain-clothes agents.</summary>
    StateForces,

    /// <summary>Government bodies and officials other than armed forces.</summary>
    Government,

    /// <summary>Courts, prosecutors, the judiciary.</summary>
    Judiciary,

    /// <summary>Protesters, demonstrators, crowds.</summary>
    Protesters,

    /// <summary>Social groups: students, workers, teachers, farmers, retirees, women, civilians.</summary>
    SocialGroup,

    /// <summary>Named opposition and armed groups (MEK/PMOI, NCRI, Resistance Units …).</summary>
    OppositionGroup,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>Media outlets.</summary>
    Media,

    /// <summary>Anything else.</summary>
    Other,
}
