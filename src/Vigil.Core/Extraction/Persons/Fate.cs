namespace Vigil.Core.Extraction.Persons;

/// <summary>What a report says happened to a named person (the guideline's person fates).</summary>
public enum Fate
{
    /// <summary>Killed, shot dead, died in custody or of their injuries.</summary>
    Killed,

    /// <summary>Injured or wounded.</summary>
    Injured,

    /// <summary>Arrested, detained, abducted or taken captive by state agents.</summary>
    Arrested,

    /// <summary>Executed (judicially, or a prisoner put to death).</summary>
    Executed,

    /// <summary>Sentenced to death or to prison.</summary>
    Sentenced,

    /// <summary>Vanished, whereabouts unknown, enforced disappearance.</summary>
    Disappeared,

    /// <summary>Released or freed.</summary>
    Released,

    /// <summary>Tortured, beaten, flogged or sexually assaulted (ill-treatment the text does not call an injury).</summary>
    Other,
}
