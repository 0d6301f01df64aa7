namespace Vigil.Core.Statements;

/// <summary>
/// The quotes of one index key (a word, a word within a window of days, or an exact short quote), held as the groups
/// they belong to in the clustering so far. A quote looking for the statements it joins then steps over a whole group
/// of its candidates at once: once it has joined a group, or was in it already, that group's other quotes cannot change
/// the result. Without this a speaker quoted tens of thousands of times walked every earlier quote sharing a word,
/// most of them already in the quote's own statement (quadratic per speaker).
/// </summary>
internal sealed class QuotePosting
{
    private readonly List<int> _added = [];
    private List<int>? _roots;
    private List<List<int>>? _members;

    /// <summary>Adds quote <paramref name="k"/>; it is put in its group at the next <see cref="Scan"/>.</summary>
    public void Add(int k) => _added.Add(k);

    /// <summary>
    /// Offers <paramref name="a"/> the quotes of every group other than its own, group by group in a fixed order.
    /// <paramref name="visit"/> returns true when the quote it was given is now in <paramref name="a"/>'s group (joined, or
    /// found there), and the rest of that group is skipped. <paramref name="mark"/> and <paramref name="slot"/> are
    /// scratch arrays as long as <paramref name="parent"/>; <paramref name="stamp"/> must differ from every earlier call's.
    /// </summary>
    public void Scan(int a, int[] parent, int[] mark, int[] slot, int stamp, Func<int, bool> visit)
    {
        _roots ??= [];
        _members ??= [];

        // Groups that have merged since the last scan become one; new quotes go to their group.
        var write = 0;
        for (var g = 0; g < _roots.Count; g++)
        {
            var root = StatementClusterer.Find(parent, _roots[g]);
            if (mark[root] == stamp)
            {
                var into = slot[root];
                var (larger, smaller) = _members[into].Count >= _members[g].Count ? (_members[into], _members[g]) : (_members[g], _members[into]);
                larger.AddRange(smaller);
                _members[into] = larger;
                continue;
            }

            mark[root] = stamp;
            slot[root] = write;
            _roots[write] = root;
            _members[write] = _members[g];
            write++;
        }

        _roots.RemoveRange(write, _roots.Count - write);
        _members.RemoveRange(write, _members.Count - write);
        foreach (var k in _added)
        {
            var root = StatementClusterer.Find(parent, k);
            if (mark[root] == stamp)
            {
                _members[slot[root]].Add(k);
                continue;
            }

            mark[root] = stamp;
            slot[root] = _roots.Count;
            _roots.Add(root);
            _members.Add([k]);
        }

        _added.Clear();
        for (var g = 0; g < _roots.Count; g++)
        {
            if (StatementClusterer.Find(parent, _roots[g]) == StatementClusterer.Find(parent, a))
            {
                continue;
            }

            foreach (var b in _members[g])
            {
                if (visit(b))
                {
                    break;
                }
            }
        }
    }
}
