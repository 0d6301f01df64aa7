using Vigil.Core.Extraction.Incidents;

namespace Vigil.Storage.Incidents.Export;

/// <summary>
/// Names an incident's two sides the way ACLED's codebook does, from the actor and victim names the actors stage
/// writes (canonical English names, whatever the report's language). Every ACLED row has an <c>actor1</c>: the
/// event type says who it is when the text does not (a protest's actor is its protesters; an arrest is made by a
/// state force, the police unless the text names another; a killing whose perpetrator no source names is by an
/// "Unidentified Armed Group", which ACLED types as a political militia). Named state forces become ACLED's
/// state actors ("Police Forces of Iran (1989-)"), groups become ACLED's group actors ("Students (Iran)") in the
/// associated-actor columns. A name ACLED has no actor for (a person's name, an outlet) is not written as an
/// actor: ACLED does not code individuals, and the JSON export keeps every name as the source gave it.
/// </summary>
internal static class AcledActors
{
    /// <summary>ACLED's inter codes, in the codebook's order; an interaction names the lower code first.</summary>
    private static readonly string[] InterOrder =
        ["State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"];

    /// <summary>
    /// The period ACLED appends to a country's state actors (the regime's start year): Iran's are coded from 1989,
    /// Khamenei's accession. For a country not listed the period is left off rather than guessed.
    /// </summary>
    private static readonly Dictionary<string, string> StatePeriods = new(StringComparer.Ordinal) { ["Iran"] = " (1989-)" };

    private enum Family
    {
        Police,
        Military,
        Revolutionary,
        Government,
        Protesters,
        Rioters,
        Group,
    }

    // Canonical names of the actors stage (Data/en|fa/actors.txt, second column) → ACLED's actor family, and for a
    // group the name ACLED gives it (before the country).
    private static readonly Dictionary<string, (Family Family, string? Group)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["police"] = (Family.Police, null),
        ["riot police"] = (Family.Police, null),
        ["security forces"] = (Family.Police, null),
        ["state security forces"] = (Family.Police, null),
        ["plain-clothes agents"] = (Family.Police, null),
        ["IRGC"] = (Family.Revolutionary, null),
        ["Basij"] = (Family.Revolutionary, null),
        ["Quds Force"] = (Family.Revolutionary, null),
        ["army"] = (Family.Military, null),
        ["military"] = (Family.Military, null),
        ["Ministry of Intelligence"] = (Family.Government, null),
        ["intelligence agents"] = (Family.Government, null),
        ["government"] = (Family.Government, null),
        ["authorities"] = (Family.Government, null),
        ["Iranian regime"] = (Family.Government, null),
        ["parliament"] = (Family.Government, null),
        ["Guardian Council"] = (Family.Government, null),
        ["Interior Ministry"] = (Family.Government, null),
        ["Supreme National Security Council"] = (Family.Government, null),
        ["judiciary"] = (Family.Government, null),
        ["prosecutor"] = (Family.Government, null),
        ["court"] = (Family.Government, null),
        ["Revolutionary Court"] = (Family.Government, null),
        ["Supreme Court"] = (Family.Government, null),
        ["protesters"] = (Family.Protesters, null),
        ["defiant youth"] = (Family.Protesters, null),
        ["rioters"] = (Family.Rioters, null),
        ["students"] = (Family.Group, "Students"),
        ["teachers"] = (Family.Group, "Teachers"),
        ["women"] = (Family.Group, "Women"),
        ["children"] = (Family.Group, "Children"),
        ["youth"] = (Family.Group, "Youth"),
        ["journalists"] = (Family.Group, "Journalists"),
        ["lawyers"] = (Family.Group, "Lawyers"),
        ["activists"] = (Family.Group, "Activists"),
        ["nurses"] = (Family.Group, "Health Workers"),
        ["farmers"] = (Family.Group, "Farmers"),
        ["retirees"] = (Family.Group, "Retirees"),
        ["residents"] = (Family.Group, "Civilians"),
        ["civilians"] = (Family.Group, "Civilians"),
        ["workers"] = (Family.Group, "Labor Group"),
        ["oil workers"] = (Family.Group, "Labor Group"),
        ["truck drivers"] = (Family.Group, "Labor Group"),
        ["merchants"] = (Family.Group, "Traders"),
        ["bazaar merchants"] = (Family.Group, "Traders"),
        ["shopkeepers"] = (Family.Group, "Traders"),
        ["prisoners"] = (Family.Group, "Prisoners"),
        ["political prisoners"] = (Family.Group, "Prisoners"),
        ["Kurds"] = (Family.Group, "Kurdish Ethnic Group"),
        ["Baluch people"] = (Family.Group, "Baloch Ethnic Group"),
        ["Arabs"] = (Family.Group, "Arab Ethnic Group"),
        ["Baha'is"] = (Family.Group, "Bahai Religious Group"),
    };

    /// <summary>
    /// ACLED's actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2 and interaction of an incident of
    /// <paramref name="type"/> (mapped to <paramref name="code"/>) in <paramref name="country"/> (English name, or
    /// null when unknown), whose actors and victims are <paramref name="actors"/> and <paramref name="victims"/>.
    /// </summary>
    public static AcledSides Of(IncidentType type, AcledCode code, IReadOnlyList<string> actors, IReadOnlyList<string> victims, string? country)
    {
        var named = new Namer(country);
        var doers = actors.Select(named.Of).OfType<AcledActor>().Distinct().ToList();
        var done = victims.Select(named.Of).OfType<AcledActor>().Distinct().ToList();
        var state = doers.FirstOrDefault(a => a.Type == "State forces");
        AcledActor first;
        AcledActor? second = null;
        switch (code.EventType)
        {
            case "Protests":
                first = named.Protesters;
                break;
            case "Riots":
                first = named.Rioters;
                break;
            case "Violence against civilians":
                // Who killed, wounded or executed is a state force when a source says so; an execution is carried out
                // by the state's judiciary; otherwise ACLED's convention for an unknown perpetrator.
                first = state ?? (type == IncidentType.Execution ? named.Government : named.Unidentified);
                second = named.Civilians;
                break;
            case "Strategic developments" when code.SubEventType == "Arrests":
                first = state ?? named.Police;
                second = done.Contains(named.Protesters) ? named.Protesters : named.Civilians;
                break;
            default:
                first = state ?? doers.FirstOrDefault(a => a.Type is "Rioters" or "Protesters") ?? named.Unidentified;
                second = done.Count > 0 ? named.Civilians : null;
                break;
        }

        // Associated actors act with their side: other state forces beside a state force, the groups that protest
        // with the protesters (students, workers); on the receiving side the groups the victims belong to.
        var crowd = first.Type is "Protesters" or "Rioters";
        var assoc1 = doers.Where(a => a != first && (a.Group ? crowd : a.Type == first.Type)).ToList();
        var assoc2 = second is null ? [] : done.Where(a => a != second && (a.Group || a.Type == "Protesters")).ToList();
        var interaction = second is null
            ? first.Type + " only"
            : string.Join('-', new[] { first.Type, second.Type }.OrderBy(t => Array.IndexOf(InterOrder, t)));
        return new AcledSides(first.Name, Join(assoc1), first.Type, second?.Name, Join(assoc2), second?.Type, interaction);
    }

    private static string Join(List<AcledActor> actors) => string.Join("; ", actors.Select(a => a.Name));

    /// <summary>One ACLED actor: its name, its inter type, and whether it is a group (written as an associated actor).</summary>
    private sealed record AcledActor(string Name, string Type, bool Group = false);

    private sealed class Namer(string? country)
    {
        private readonly string suffix = country is null ? string.Empty : $" ({country})";
        private readonly string state = country is null ? string.Empty : $" of {country}{StatePeriods.GetValueOrDefault(country, string.Empty)}";

        public AcledActor Police => new($"Police Forces{state}", "State forces");

        public AcledActor Military => new($"Military Forces{state}", "State forces");

        public AcledActor Revolutionary => new($"Military Forces{state} Islamic Revolutionary Guard Corps", "State forces");

        public AcledActor Government => new($"Government{state}", "State forces");

        public AcledActor Protesters => new($"Protesters{suffix}", "Protesters");

        public AcledActor Rioters => new($"Rioters{suffix}", "Rioters");

        public AcledActor Civilians => new($"Civilians{suffix}", "Civilians");

        public AcledActor Unidentified => new($"Unidentified Armed Group{suffix}", "Political militia");

        public AcledActor? Of(string name) => Known.TryGetValue(name.Trim(), out var known) ? known.Family switch
        {
            Family.Police => Police,
            Family.Military => Military,
            Family.Revolutionary => Revolutionary,
            Family.Government => Government,
            Family.Protesters => Protesters,
            Family.Rioters => Rioters,
            _ => new AcledActor($"{known.Group}{suffix}", "Civilians", Group: true),
        } : null;
    }
}
