namespace Vigil.Core.Media;

/// <summary>
/// Which files may show the same picture or footage as a given one: the <see cref="MediaKeys"/> of many
/// files in three <see cref="HashIndex"/>es (whole pictures, centres, crops), probed in every direction a
/// copy can take — the same picture re-encoded (whole ↔ whole, centre ↔ centre), a crop of an indexed file
/// (its whole ↔ their crops) and an indexed file cropped from it (its crops ↔ their whole). Candidates are
/// only candidates: <see cref="MediaMatcher"/> decides. Files are known by the number they were added with;
/// files can be added at any time.
/// </summary>
public sealed class MediaIndex
{
    private readonly HashIndex _whole;
    private readonly HashIndex _centre;
    private readonly HashIndex _crops;
    private readonly int _keyframeChange;

    /// <summary>An empty index for matches at <paramref name="options"/>' thresholds (null: the defaults).</summary>
    public MediaIndex(MediaMatchOptions? options = null)
    {
        var o = options ?? new MediaMatchOptions();
        _keyframeChange = o.KeyframeChange;
        // The match threshold itself: a photo's only frame is its keyframe, so photo pairs are found exactly; a
        // video offers many keyframe pairs, and one of them lies within the threshold (the generated set's videos
        // are all found: docs/media.md). Searching threshold + 2, as before, meant four 16-bit pieces probing
        // 548 buckets per hash; at 100,000 files those probes (each a cache miss) were 80 % of grouping.
        Radius = Math.Min(31, o.FrameThreshold);
        // Enough pieces that a match agrees within one bit on one of them: 9 bits → five pieces of 12–13 bits,
        // 69 probes per hash, with about the same share of entries checked as four pieces at two bits.
        var pieces = Math.Clamp((Radius + 2) / 2, 4, 8);
        _whole = new HashIndex(pieces);
        _centre = new HashIndex(pieces);
        _crops = new HashIndex(pieces);
    }

    /// <summary>The search radius (bits).</summary>
    public int Radius { get; }

    /// <summary>How many files were added.</summary>
    public int Count { get; private set; }

    /// <summary>The most hashes one bucket of the three tables holds: far above their size ÷ 2^13, it says many files share a key.</summary>
    public int LargestBucket() => Math.Max(_whole.LargestBucket(), Math.Max(_centre.LargestBucket(), _crops.LargestBucket()));

    /// <summary>Adds file <paramref name="file"/>'s keys.</summary>
    public void Add(int file, MediaKeys keys)
    {
        foreach (var hash in keys.Whole)
        {
            _whole.Add(hash, file);
        }

        foreach (var hash in keys.Centre)
        {
            _centre.Add(hash, file);
        }

        foreach (var hash in keys.Crops)
        {
            _crops.Add(hash, file);
        }

        Count++;
    }

    /// <summary>How many frames spread over a video are probed besides its keyframes.</summary>
    public const int ProbedFrames = 32;

    /// <summary>
    /// The files whose keys are near <paramref name="fingerprint"/> in any direction (a file itself included
    /// when it was added). Every keyframe of the query is probed, not only the indexed ones: a trimmed copy
    /// then still meets the keyframes indexed for the longer file. So are up to <see cref="ProbedFrames"/> other
    /// frames spread over it: a copy's shots need not start at the frames where the indexed file's did (a
    /// watermark moves where the keyframes fall), and a frame taken at the time of an indexed keyframe is near it.
    /// </summary>
    public HashSet<int> Candidates(MediaFingerprint fingerprint)
    {
        var found = new HashSet<int>();
        Action<int, int> add = (file, _) => found.Add(file);
        // A still shot repeats its hashes frame after frame: each distinct hash is searched once per table.
        var searched = new HashSet<(int Table, ulong Hash)>();
        void Search(HashIndex index, int table, ulong hash)
        {
            if (searched.Add((table, hash)))
            {
                index.Search(hash, Radius, add);
            }
        }

        var keyframes = fingerprint.Keyframes(_keyframeChange);
        var spread = Math.Max(1, (fingerprint.Frames.Count + ProbedFrames - 1) / ProbedFrames);
        var probed = keyframes.Union(Enumerable.Range(0, fingerprint.Frames.Count).Where(i => i % spread == 0)).Order();
        foreach (var i in probed)
        {
            var frame = fingerprint.Frames[i];
            Search(_whole, 0, frame.Dct);
            Search(_centre, 1, frame.Centre);
            // This file is a cropped copy of an indexed one: its whole picture is near their crop hashes.
            Search(_crops, 2, frame.Dct);
        }

        var step = Math.Max(1, (keyframes.Count + MediaKeys.IndexedKeyframes - 1) / MediaKeys.IndexedKeyframes);
        for (var n = 0; n < keyframes.Count; n++)
        {
            var frame = fingerprint.Frames[keyframes[n]];
            if (n % step == 0)
            {
                // An indexed file is a cropped copy of this one: their whole picture is near this one's crops.
                foreach (var crop in frame.Crops)
                {
                    Search(_whole, 0, crop);
                }
            }
        }

        return found;
    }
}
