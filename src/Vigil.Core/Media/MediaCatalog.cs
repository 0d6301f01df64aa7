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
    private readonly HashIndex _whole;
    private readonly HashIndex _centre;
    private const int IndexedKeyframes = 16;
    private readonly int _radius;

    /// <summary>Indexes <paramref name="files"/>.</summary>
    public MediaCatalog(IReadOnlyList<MediaFingerprint?> files, MediaMatchOptions? options = null)
    {
        _files = files;
        _matcher = new MediaMatcher(options);
        var whole = new List<(ulong, int)>();
        var centre = new List<(ulong, int)>();
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is not { } file)
            {
                continue;
            }

            // At most 16 keyframes per file, spread over it: a trimmed copy still meets several of them,
            // and the index stays small enough that a look-up costs microseconds per hash.
            var keyframes = file.Keyframes(_matcher.Options.KeyframeChange);
            var step = Math.Max(1, (keyframes.Count + IndexedKeyframes - 1) / IndexedKeyframes);
            for (var n = 0; n < keyframes.Count; n += step)
            {
                whole.Add((file.Frames[keyframes[n]].Dct, i));
                centre.Add((file.Frames[keyframes[n]].Centre, i));
            }
        }

        _whole = new HashIndex(whole);
        _centre = new HashIndex(centre);
        // A frame of one file lies within the threshold of some frame of the other, which lies within the
        // keyframe change of one of its keyframes. Searching threshold + 2 rather than + 4 keeps a look-up at
        // two flipped bits per 16-bit piece (137 probes, not 2,517): a photo's only frame is its keyframe,
        // and footage offers many keyframe pairs, so one of them is close enough.
        _radius = Math.Min(31, _matcher.Options.FrameThreshold + Math.Min(2, _matcher.Options.KeyframeChange));
    }

    /// <summary>How many files the catalog holds (with or without a fingerprint).</summary>
    public int Count => _files.Count;

    /// <summary>
    /// The files that show the same picture or footage as file <paramref name="file"/>, nearest first —
    /// except files of which it is itself a cropped copy, which only <see cref="Groups"/> pairs with it
    /// (only the whole pictures are indexed, to keep the index small).
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

    private HashSet<int> Candidates(int file, MediaFingerprint fingerprint)
    {
        var candidates = new HashSet<int>();
        void Add(int other, int distance)
        {
            if (other != file)
            {
                candidates.Add(other);
            }
        }

        var keyframes = fingerprint.Keyframes(_matcher.Options.KeyframeChange);
        var step = Math.Max(1, (keyframes.Count + IndexedKeyframes - 1) / IndexedKeyframes);
        for (var n = 0; n < keyframes.Count; n++)
        {
            var frame = fingerprint.Frames[keyframes[n]];
            _whole.Search(frame.Dct, _radius, Add);
            _centre.Search(frame.Centre, _radius, Add);
            if (n % step != 0)
            {
                continue;
            }

            // This file's crops against the others' whole pictures (for the same spread of keyframes as is
            // indexed): finds the copies cropped from it. A file that is itself the cropped copy is found
            // from the other side, so Groups pairs both.
            foreach (var crop in frame.Crops)
            {
                _whole.Search(crop, _radius, Add);
            }
        }

        return candidates;
    }
}
