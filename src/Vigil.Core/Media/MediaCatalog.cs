namespace Vigil.Core.Media;

/// <summary>
/// The fingerprints of a store's evidence files, indexed by their keyframes, answering which files show
/// the same picture or footage as a given one and grouping them into media items. Files are known by
/// their position in the list given to the constructor; a null entry is a file without a fingerprint.
/// </summary>
public sealed class MediaCatalog
{
    private readonly IReadOnlyList<MediaFingerprint?> _files;
    private readonly MediaMatcher _matcher;
    private readonly MediaIndex _index;

    /// <summary>Indexes <paramref name="files"/>.</summary>
    public MediaCatalog(IReadOnlyList<MediaFingerprint?> files, MediaMatchOptions? options = null)
    {
        _files = files;
        _matcher = new MediaMatcher(options);
        _index = new MediaIndex(_matcher.Options);
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is { } file)
            {
                _index.Add(i, MediaKeys.Of(file, _matcher.Options.KeyframeChange));
            }
        }
    }

    /// <summary>How many files the catalog holds (with or without a fingerprint).</summary>
    public int Count => _files.Count;

    /// <summary>The index the catalog looks up in.</summary>
    public MediaIndex Index => _index;

    /// <summary>
    /// The files that show the same picture or footage as file <paramref name="file"/>, nearest first:
    /// re-encodes, crops of it and the files it is a crop of.
    /// </summary>
    public IReadOnlyList<(int Other, MediaMatch Match)> MatchesOf(int file)
    {
        var found = new List<(int, MediaMatch)>();
        if (_files[file] is not { } fingerprint)
        {
            return found;
        }

        foreach (var other in Candidates(file, fingerprint))
        {
            if (_matcher.Compare(fingerprint, _files[other]!) is { } match)
            {
                found.Add((other, match));
            }
        }

        found.Sort((x, y) => x.Item2.Distance != y.Item2.Distance ? x.Item2.Distance.CompareTo(y.Item2.Distance) : x.Item1.CompareTo(y.Item1));
        return found;
    }

    /// <summary>
    /// Media items: the files connected by matches (a re-post of a re-post joins the item of the first),
    /// each with the matches that connect it. Files that match nothing are left out. Items come in order of
    /// their first file, members in catalog order.
    /// </summary>
    public IReadOnlyList<(IReadOnlyList<int> Members, IReadOnlyList<MediaLink> Links)> Groups()
    {
        var parent = Enumerable.Range(0, _files.Count).ToArray();
        int Root(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        // Look-ups and comparisons in parallel; the union of matches afterwards, in file order.
        var found = new List<MediaLink>[_files.Count];
        Parallel.For(0, _files.Count, i =>
        {
            found[i] = [];
            if (_files[i] is not { } fingerprint)
            {
                return;
            }

            foreach (var other in Candidates(i, fingerprint).Where(o => o > i).Order())
            {
                if (_matcher.Compare(fingerprint, _files[other]!) is { } match)
                {
                    found[i].Add(new MediaLink(i, other, match));
                }
            }
        });
        var links = new List<MediaLink>();
        foreach (var link in found.SelectMany(f => f))
        {
            links.Add(link);
            var (a, b) = (Root(link.First), Root(link.Second));
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var groups = new SortedDictionary<int, (List<int> Members, List<MediaLink> Links)>();
        foreach (var link in links)
        {
            var root = Root(link.First);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = ([], []);
            }

            group.Links.Add(link);
        }

        for (var i = 0; i < _files.Count; i++)
        {
            if (groups.TryGetValue(Root(i), out var group))
            {
                group.Members.Add(i);
            }
        }

        return groups.Values.Select(g => ((IReadOnlyList<int>)g.Members, (IReadOnlyList<MediaLink>)g.Links)).ToList();
    }

    private IEnumerable<int> Candidates(int file, MediaFingerprint fingerprint) => _index.Candidates(fingerprint).Where(other => other != file);
}
