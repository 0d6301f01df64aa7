using System.Collections.Immutable;

namespace Vigil.Core.Incidents;

/// <summary>A cluster while it is being built: its members in join order and the reason each one joined.</summary>
internal sealed class ClusterBuilder
{
    private readonly List<MentionFacts> _members = new(2);
    private List<MergeReason>? _reasons;
    private List<BlockKey>? _indexedIn;

    public ClusterBuilder(MentionFacts seed)
    {
        _members.Add(seed);
    }

    /// <summary>The lookup pass that last visited this cluster (so a cluster found in two blocks is counted once).</summary>
    public int Visit { get; set; }

    public MentionFacts Seed => _members[0];

    /// <summary>Complete linkage: the mention must agree with every member, so a cluster never chains.</summary>
    public bool Accepts(MentionFacts mention, ClusteringOptions options)
    {
        foreach (var member in _members)
        {
            if (!MentionCompatibility.Agree(member, mention, options))
            {
                return false;
            }
        }

        return true;
    }

    public void Add(MentionFacts mention)
    {
        _members.Add(mention);
        (_reasons ??= []).Add(new MergeReason(mention.Id, Seed.Id, MentionCompatibility.Describe(mention, Seed)));
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
        return new IncidentCluster(ids[0], ImmutableArray.Create(ids), reasons);
    }
}
