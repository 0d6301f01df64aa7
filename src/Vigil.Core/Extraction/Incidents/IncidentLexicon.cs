using System.Globalization;

namespace Vigil.Core.Extraction.Incidents;

/// <summary>The incidents stage's data files (incident-triggers.txt, incident-cues.txt), loaded once and shared read-only.</summary>
internal sealed class IncidentLexicon
{
    private IncidentLexicon()
    {
        foreach (var f in LexiconData.Read("Incidents.Data.incident-triggers.txt"))
        {
            Triggers.Add(f[0], new TriggerEntry(Enum.Parse<IncidentType>(f[1]), double.Parse(f[2], CultureInfo.InvariantCulture), f[3] == "verb", f[3] == "agent"));
        }

        foreach (var f in LexiconData.Read("Incidents.Data.incident-cues.txt"))
        {
            Cues.Add(f[0], f[1] switch
            {
                "modal" => TriggerCue.Modal,
                "negation" => TriggerCue.Negation,
                _ => TriggerCue.Frame,
            });
        }
    }

    /// <summary>The shared instance.</summary>
    public static IncidentLexicon Instance { get; } = new();

    /// <summary>Trigger phrases by incident type.</summary>
    public PhraseTrie<TriggerEntry> Triggers { get; } = new();

    /// <summary>Cue words that cancel a trigger.</summary>
    public PhraseTrie<TriggerCue> Cues { get; } = new();
}
