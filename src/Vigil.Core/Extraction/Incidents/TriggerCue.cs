namespace Vigil.Core.Extraction.Incidents;

/// <summary>What a cue word before a trigger says about it.</summary>
internal enum TriggerCue
{
    /// <summary>A modal, future or intention: "will", "could", "plan to".</summary>
    Modal,

    /// <summary>A negation: "not", "never", "no".</summary>
    Negation,

    /// <summary>A hypothetical or generic frame: "if", "fear of", "calls for", "always".</summary>
    Frame,

    /// <summary>A prospect just before a trigger noun: "facing death sentences", "could face execution".</summary>
    Prospect,

    /// <summary>A frame only of a trigger noun: "another protest" (one to come), but "another man was killed" tells one.</summary>
    NounFrame,
}
