using System.Globalization;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Persons;

/// <summary>
/// Links person mentions into persons. Mentions are blocked on their name key (<see cref="PersonName.Key"/>), so only
/// mentions whose names agree across spellings and scripts are ever compared. Within a block a mention joins the
/// person it agrees with best when no fact contradicts any of that person's mentions (gender, ages further apart than
/// the time between the mentions allows, two deaths on different dates or in different provinces, a fate dated after a
/// death) and enough facts support the link (<see cref="PersonLinkingOptions.RequiredSupport"/>): the same incident,
/// city or province, compatible ages, close dates. A shared name alone never links; a name without a surname, or a
/// mention two persons fit equally well, starts a person of its own. Deterministic for a given input order; pure.
/// A second set of block keys (<see cref="PersonName.VariantKeys"/>) also brings together names a middle name or one
/// consonant apart ("Mohammad Ali Rahimi" / "Mohammad Rahimi", "Rahimi" / "Rahini"); such a link needs
/// <see cref="PersonLinkingOptions.VariantSupport"/> more support than one under the same key.
/// </summary>
public sealed class PersonLinker(PersonLinkingOptions? options = null, GivenNames? given = null)
{
    private readonly PersonLinkingOptions _options = options ?? new PersonLinkingOptions();
    private readonly GivenNames _given = given ?? GivenNames.Default;

    /// <summary>The block key of a name: mentions are compared only with mentions of the same key.</summary>
    public string KeyOf(string name) => PersonName.Of(name, _given).Key;

    /// <summary>Links <paramref name="mentions"/>; pinned mentions stay together with their editor's person.</summary>
    public IReadOnlyList<PersonCluster> Link(IEnumerable<PersonFacts> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var result = new List<PersonCluster>();
        var pinned = new Dictionary<Guid, Builder>();
        var blocks = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
        var variants = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
        var stamp = 0;
        var pending = new List<(PersonFacts Facts, PersonName Name)>();

        // In their origins' order (then the ids'), the pinned ones too: the same mentions link the same way however they
        // were read and whatever ids they were given.
        foreach (var m in mentions.OrderBy(m => m.Origin, StringComparer.Ordinal).ThenBy(m => m.Id))
        {
            var name = PersonName.Of(m.Name, _given);
            if (m.PinnedTo is { } person)
            {
                if (!pinned.TryGetValue(person, out var b))
                {
                    pinned[person] = b = new Builder(person, name.Key);
                    Block(blocks, name.Key).Add(b);
                }

                b.Add(m, "put here by an editor");
                Register(variants, b, name);
            }
            else
            {
                pending.Add((m, name));
            }
        }

        // Dated mentions first, then by origin and id: the same input links the same way however it was ordered. (By date
        // and id alone, two runs over the same reports linked differently: the ids differ between runs, and the first
        // mention of a name decides which of the next ones can join it.)
        pending.Sort((x, y) => (x.Facts.Date ?? DateOnly.MaxValue).CompareTo(y.Facts.Date ?? DateOnly.MaxValue) is var byDate and not 0 ? byDate
            : string.CompareOrdinal(x.Facts.Origin, y.Facts.Origin) is var byOrigin and not 0 ? byOrigin
            : x.Facts.Id.CompareTo(y.Facts.Id));
        var alone = new List<Builder>();
        foreach (var (m, name) in pending)
        {
            if (name.Unlinkable is { } why)
            {
                var single = new Builder(null, name.Key);
                single.Add(m, $"not linked: {why}");
                alone.Add(single);
                continue;
            }

            var candidates = Block(blocks, name.Key);
            Builder? best = null;
            var bestScore = 0;
            var tie = false;
            var bestReason = string.Empty;
            var bestVariant = string.Empty;
            var compared = 0;
            stamp++;
            foreach (var candidate in Candidates(candidates, variants, name, stamp))
            {
                // A name a middle name or a consonant away needs more agreeing facts than the same name does; the score
                // is reduced by that much, so the same threshold (and the same tie rule) serves both.
                var variant = _options.VariantSupport < 0 ? string.Empty : candidate.VariantOf(name);
                if (variant is null)
                {
                    continue;
                }

                compared++;
                var (score, reason) = Support(m, candidate);
                if (variant.Length > 0)
                {
                    score = Math.Max(0, score - _options.VariantSupport);
                }

                if (score > bestScore)
                {
                    (best, bestScore, bestReason, bestVariant, tie) = (candidate, score, reason, variant, false);
                }
                else if (score == bestScore && score >= _options.RequiredSupport)
                {
                    tie = true;
                }
            }

            if (best is not null && bestScore >= _options.RequiredSupport && !tie)
            {
                best.Add(m, bestVariant.Length == 0
                    ? $"same name skeleton '{name.Key}'; {bestReason}"
                    : $"name skeleton '{name.Key}' beside '{best.Key}' ({bestVariant}); {bestReason}");
                Register(variants, best, name);
            }
            else
            {
                var fresh = new Builder(null, name.Key);
                fresh.Add(m, tie ? "not linked: fits two persons equally well" : candidates.Count > 0 ? "not linked: a shared name without agreeing facts" : compared > 0 ? "not linked: a similar name without enough agreeing facts" : "first mention");
                candidates.Add(fresh);
                Register(variants, fresh, name);
            }
        }

        foreach (var b in pinned.Values)
        {
            result.Add(b.Build());
        }

        foreach (var block in blocks.Values)
        {
            result.AddRange(block.Where(b => b.PinnedTo is null).Select(b => b.Build()));
        }

        result.AddRange(alone.Select(b => b.Build()));
        return result;
    }

    /// <summary>
    /// Why <paramref name="a"/> and <paramref name="b"/> cannot be one person ("ages 16 and 25"), or null when nothing
    /// they state contradicts it.
    /// </summary>
    public string? Contradiction(PersonFacts a, PersonFacts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Gender is { } ga && b.Gender is { } gb && ga != gb)
        {
            return "stated genders differ";
        }

        if (a.Age is { } x && b.Age is { } y && Math.Abs(x - y) > AllowedAgeGap(a, b))
        {
            return $"ages {Math.Min(x, y)} and {Math.Max(x, y)}";
        }

        if (a.IsDeath && b.IsDeath)
        {
            if (a.Date is { } da && b.Date is { } db && Math.Abs(da.DayNumber - db.DayNumber) > _options.DateWindowDays)
            {
                return "killed on different dates";
            }

            if (a.Admin1 is { } pa && b.Admin1 is { } pb && !string.Equals(pa, pb, StringComparison.OrdinalIgnoreCase))
            {
                return "killed in different provinces";
            }
        }

        if (AfterDeath(a, b) || AfterDeath(b, a))
        {
            return "a fate dated after the death";
        }

        return null;
    }

    private (int Score, string Reason) Support(PersonFacts m, Builder person)
    {
        var best = 0;
        PersonFacts? bestOther = null;
        foreach (var other in person.Members)
        {
            if (Contradiction(m, other) is not null)
            {
                return (0, string.Empty);
            }

            var score = Score(m, other, null);
            if (score > best)
            {
                (best, bestOther) = (score, other);
            }
        }

        // The reason is put in words only for the member that supports the link best: scoring stays allocation-free.
        if (bestOther is null)
        {
            return (0, string.Empty);
        }

        var why = new List<string>(4);
        Score(m, bestOther, why);
        return (best, string.Join("; ", why));
    }

    private int Score(PersonFacts a, PersonFacts b, List<string>? why)
    {
        var score = 0;
        if (a.Incident is { } ia && ia == b.Incident)
        {
            score += 2;
            why?.Add("same incident");
        }

        if (a.Place is { } pa && string.Equals(pa, b.Place, StringComparison.OrdinalIgnoreCase))
        {
            score += 2;
            why?.Add($"same place {pa}");
        }
        else if (a.Admin1 is { } ra && string.Equals(ra, b.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            score += 1;
            why?.Add($"same province {ra}");
        }

        if (a.Age is { } x && b.Age is { } y)
        {
            score += 1;
            why?.Add(x == y ? $"same age {x}" : $"ages {Math.Min(x, y)} and {Math.Max(x, y)} within {Plural(AllowedAgeGap(a, b), "year")}");
        }

        if (a.Date is { } da && b.Date is { } db && Math.Abs(da.DayNumber - db.DayNumber) <= _options.DateWindowDays)
        {
            score += 1;
            why?.Add(da == db ? $"same date {da:yyyy-MM-dd}" : $"dates within {_options.DateWindowDays} days");
        }

        return score;
    }

    // Ages may differ by the tolerance plus the whole years between the two dates (a birthday in between).
    private int AllowedAgeGap(PersonFacts a, PersonFacts b) =>
        _options.AgeTolerance + (a.Date is { } da && b.Date is { } db ? Math.Abs(da.DayNumber - db.DayNumber) / 365 : 0);

    private bool AfterDeath(PersonFacts death, PersonFacts other) =>
        death.IsDeath && !other.IsDeath && other.Fate != Fate.Other && death.DateTo is { } d && other.Date is { } o && o.DayNumber > d.DayNumber + _options.DateWindowDays;

    private static string Plural(int n, string word) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? word : word + "s");

    // The persons under the name's own key, then those sharing one of its second keys (each once: stamped as seen).
    private IEnumerable<Builder> Candidates(List<Builder> exact, Dictionary<string, List<Builder>> variants, PersonName name, int stamp)
    {
        foreach (var b in exact)
        {
            b.Seen = stamp;
            yield return b;
        }

        if (_options.VariantSupport < 0)
        {
            yield break;
        }

        foreach (var key in name.VariantKeys())
        {
            if (!variants.TryGetValue(key, out var list))
            {
                continue;
            }

            foreach (var b in list)
            {
                if (b.Seen != stamp)
                {
                    b.Seen = stamp;
                    yield return b;
                }
            }
        }
    }

    // Files the person under the second keys of a name it now has (once per distinct name key).
    private void Register(Dictionary<string, List<Builder>> variants, Builder person, PersonName name)
    {
        if (_options.VariantSupport < 0 || !person.AddName(name))
        {
            return;
        }

        foreach (var key in name.VariantKeys())
        {
            Block(variants, key).Add(person);
        }
    }

    private static List<Builder> Block(Dictionary<string, List<Builder>> blocks, string key)
    {
        if (!blocks.TryGetValue(key, out var list))
        {
            blocks[key] = list = [];
        }

        return list;
    }

    private sealed class Builder(Guid? pinnedTo, string key)
    {
        private readonly List<string> _reasons = [];
        private readonly List<PersonName> _names = [];

        public Guid? PinnedTo { get; } = pinnedTo;

        public string Key { get; } = key;

        public List<PersonFacts> Members { get; } = [];

        /// <summary>The last candidate search that returned this person (so each is compared once).</summary>
        public int Seen { get; set; }

        public void Add(PersonFacts m, string reason)
        {
            Members.Add(m);
            _reasons.Add(reason);
        }

        /// <summary>Remembers a name key of this person; false when it already had it.</summary>
        public bool AddName(PersonName name)
        {
            if (_names.Exists(n => n.Key == name.Key))
            {
                return false;
            }

            _names.Add(name);
            return true;
        }

        /// <summary>How <paramref name="name"/> is a variant of this person's closest name: "" for the same key, null for none.</summary>
        public string? VariantOf(PersonName name)
        {
            string? closest = null;
            foreach (var n in _names)
            {
                switch (name.VariantOf(n))
                {
                    case "":
                        return string.Empty;
                    case { } v:
                        closest ??= v;
                        break;
                }
            }

            return _names.Count == 0 ? string.Empty : closest;
        }

        public PersonCluster Build() => new(PinnedTo, Members, _reasons);
    }
}
