namespace Vigil.Core.Incidents;

/// <summary>How many independent sources report an incident.</summary>
public static class Corroboration
{
    /// <summary>
    /// The number of independent sources among <paramref name="members"/>: distinct affiliations, where an outlet
    /// without an affiliation counts as itself (by source key, so an outlet and the outlets affiliated to it under
    /// that same name count once) and several reports from one outlet count once.
    /// Mentions with no source key count as one unknown source together. Affiliations and source keys compare
    /// case-insensitively.
    /// </summary>
    public static int IndependentSources(IEnumerable<SourcedMention> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var independent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in members)
        {
            // An outlet and the outlets affiliated with it ("NCRI" and the sites NCRI runs) are one voice.
            independent.Add(string.IsNullOrWhiteSpace(s.Affiliation) ? (s.Mention.SourceKey ?? "?").Trim() : s.Affiliation.Trim());
        }

        return independent.Count;
    }
}
