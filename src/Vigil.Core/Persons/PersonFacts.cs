using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Persons;

/// <summary>One person mention as the linker sees it: the name and the facts that can support or contradict a link.</summary>
/// <param name="Id">The mention's id.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Age">The stated age (the lower one of a range); null when not stated.</param>
/// <param name="Gender">The stated gender; null when not stated.</param>
/// <param name="Fate">What happened to the person in this mention.</param>
/// <param name="Date">First day the fate's date can denote; null when undated.</param>
/// <param name="DateTo">Last day the fate's date can denote.</param>
/// <param name="Place">The place name (city, province or country).</param>
/// <param name="Admin1">The province.</param>
/// <param name="Incident">The incident the mention's incident mention belongs to; null when none.</param>
/// <param name="PinnedTo">The person an editor put this mention in (merge, split, review): the linker keeps it there.</param>
/// <param name="Origin">
/// Where the mention was written, the same in every run (its report's content hash and its place in the report); the
/// linker takes the mentions in this order (after their dates), so that the same reports link into the same persons
/// however the mentions' ids came out (ids are made at ingest, in the order reports happened to be extracted). Null:
/// the ids' order.
/// </param>
public sealed record PersonFacts(
    Guid Id,
    string Name,
    int? Age,
    Gender? Gender,
    Fate Fate,
    DateOnly? Date,
    DateOnly? DateTo,
    string? Place,
    string? Admin1,
    Guid? Incident,
    Guid? PinnedTo = null,
    string? Origin = null)
{
    /// <summary>True for fates that end a life (killed, executed).</summary>
    public bool IsDeath => Fate is Fate.Killed or Fate.Executed;
}
