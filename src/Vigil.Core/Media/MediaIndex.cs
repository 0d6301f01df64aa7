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
    private readonly HashIndex _whole = new();
    private readonly HashIndex _centre = new();
    private readonly HashIndex _crops = new();
    private readonly int _keyframeChange;

    /// <summary>An empty index for matches at <paramref name="options"/>' thresholds (null: the defaults).</summary>
    public MediaIndex(MediaMatchOptions? options = null)
    {
        var o = options ?? new MediaMatchOptions();
        _keyframeChange = o.KeyframeChange;
        // A frame of one file lies within the threshold of some frame of the other, which lies within the
        // keyframe change of one of its keyframes. Searching threshold + 2 rather than + 4 keeps a look-up at
        // two flipped bits per 16-bit piece (137 probes, not 2,517): a photo's only frame is its keyframe,
        // and footage offers many keyframe pairs, so one of them is close enough.
        Radius = Math.Min(31, o.FrameThreshold + Math.Min(2, o.KeyframeChange));
    }

    /// <summary>The search radius (bits).</summary>
    public int Radius { get; }

    /// <summary>How many files were added.</summary>
    public int Count { get; private set; }

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

    /// <summary>
    /// The files whose keys are near <paramref name="fingerprint"/> in any direction (a file itself included
    /// when it was added). Every keyframe of the query is probed, not only the indexed ones: a trimmed copy
    /// then still meets the keyframes indexed for the longer file.
    /// </summary>
    public HashSet<int> Candidates(MediaFingerprint fingerprint)
    {
        var found = new HashSet<int>();
        void Add(int file, int distance) => found.Add(file);
        var keyframes = fingerprint.Keyframes(_keyframeChange);
        var step = Math.Max(1, (keyframes.Count + MediaKeys.IndexedKeyframes - 1) / MediaKeys.IndexedKeyframes);
        for (var n = 0; n < keyframes.Count; n++)
        {
            var frame = fingerprint.Frames[keyframes[n]];
            _whole.Search(frame.Dct, Radius, Add);
            _centre.Search(frame.Centre, Radius, Add);
            // This file is a cropped copy of an indexed one: its whole picture is near their crop hashes.
            _crops.Search(frame.Dct, Radius, Add);
            if (n % step == 0)
            {
                // An indexed file is a cropped copy of this one: their whole picture is near this one's crops.
                foreach (var crop in frame.Crops)
                {
                    _whole.Search(crop, Radius, Add);
                }
            }
        }

        return found;
    }
}
