using System.Collections.Immutable;

namespace Vigil.Core.Incidents;

/// <summary>A cluster while it is being built: its members in join order and the reason each one joined.</summary>
internal sealed class ClusterBuilder
{
    private readonly List<MentionFacts> _members = new(2);
    private List<MergeReason>? _reasons;
    private List<BlockKey>? _indexedIn;

    private readonly string _seedReason;

    public ClusterBuilder(MentionFacts seed, string seedReason)
    {
        _members.Add(seed);
        _seedReason = seedReason;
    }

    /// <summary>The lookup pass that last visited this cluster (so a cluster found in two blocks is counted once).</summary>
    public int Visit { get; set; }

    public MentionFacts Seed => _members[0];

    /// <summary>
    /// The mention never contradicts a member's actors or victims (different named persons are different incidents),
    /// agrees with the first member (the finest account, which anchors the cluster, so it never chains) on everything,
    /// and agrees on date and place with at least half of the members: one odd member cannot keep a matching account
    /// out, but a cluster whose members mostly disagree with it does. Members dated only by a publication date do not
    /// vote on dates (their window is weak evidence); they still bound them through the first-member rule when first.
    /// </summary>
    public bool Accepts(MentionFacts mention, ClusteringOptions options)
    {
        if (!MentionCompatibility.Agree(Seed, mention, options))
        {
            return false;
        }

        int voters = 1, agreeing = 1;
        for (var i = 1; i < _members.Count; i++)
        {
            var member = _members[i];
            if (member.Family != mention.Family || !member.Actors.AgreesWith(mention.Actors) || !member.Victims.AgreesWith(mention.Victims)
                || MentionCompatibility.PersonsClash(member, mention) || MentionCompatibility.ReportTellsApart(member, mention))
            {
                return false;
            }

            if (member.FromPublication || mention.FromPublication)
            {
                continue;
            }

            voters++;
            if (MentionCompatibility.DatesAndPlacesAgree(member, mention, options))
            {
                agreeing++;
            }
        }

        _lastDissent = voters - agreeing;
        _lastVoters = voters;
        return agreeing * 2 >= voters;
    }

    private int _lastDissent, _lastVoters;

    public void Add(MentionFacts mention, ClusteringOptions options, string? why = null)
    {
        _members.Add(mention);
        var fields = MentionCompatibility.Describe(mention, Seed, options);
        if (why is not null)
        {
            fields += "; " + why;
        }

        if (_lastDissent > 0)
        {
            fields += string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; joined although {_lastDissent} of {_lastVoters} members disagree on date or place (most agree)");
        }

        (_reasons ??= []).Add(new MergeReason(mention.Id, Seed.Id, fields));
    }

    /// <summary>True when a member names the same person with the same fate as <paramref name="mention"/>.</summary>
    public bool NamesSamePerson(MentionFacts mention)
    {
        foreach (var member in _members)
        {
            if (MentionCompatibility.SamePerson(member, mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Why the cluster refused <paramref name="mention"/> although its first member agrees with it on grain, date and place,
    /// for the reason the mention then gives: a member names other persons with the same fate, or the mention's own report
    /// dates a member differently. Null when it was refused for anything else.
    /// </summary>
    public string? Refusal(MentionFacts mention, ClusteringOptions options)
    {
        if (Seed.IsWave != mention.IsWave || !MentionCompatibility.DatesAgree(Seed, mention, options) || !MentionCompatibility.PlacesAgree(Seed, mention, options))
        {
            return null;
        }

        foreach (var member in _members)
        {
            if (MentionCompatibility.PersonsClash(member, mention))
            {
                return $"an incident that agrees on date and place names other persons {MentionCompatibility.FateWord(mention.Family)} (different people's fates are different incidents)";
            }

            if (MentionCompatibility.ReportTellsApart(member, mention))
            {
                return "an incident that agrees on date and place holds an account its own report dates differently (the report tells the two apart)";
            }
        }

        return null;
    }

    /// <summary>True the first time the cluster is indexed under <paramref name="key"/>.</summary>
    public bool MarkIndexed(BlockKey key)
    {
        _indexedIn ??= new List<BlockKey>(1);
        if (_indexedIn.Contains(key))
        {
            return false;
        }

        _indexedIn.Add(key);
        return true;
    }

    public IncidentCluster Build()
    {
        var ids = new Guid[_members.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _members[i].Id;
        }

        Array.Sort(ids);
        var reasons = _reasons is null ? ImmutableArray<MergeReason>.Empty : [.. _reasons];
        return new IncidentCluster(ids[0], ImmutableArray.Create(ids), reasons, new MergeReason(Seed.Id, Seed.Id, _seedReason));
    }
}
