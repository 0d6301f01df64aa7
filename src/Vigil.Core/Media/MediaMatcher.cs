namespace Vigil.Core.Media;

/// <summary>Decides whether two fingerprints show the same picture or footage.</summary>
public sealed class MediaMatcher
{
    private const int MaxPairs = 50;
    private readonly MediaMatchOptions _options;

    /// <summary>A matcher with <paramref name="options"/> (null: the documented defaults).</summary>
    public MediaMatcher(MediaMatchOptions? options = null)
    {
        _options = options ?? new MediaMatchOptions();
        _options.Validate();
    }

    /// <summary>The options in force.</summary>
    public MediaMatchOptions Options => _options;

    /// <summary>
    /// The match between <paramref name="a"/> and <paramref name="b"/>, or null. Every frame of the file
    /// with fewer frames looks for its nearest frame in the other; a photo matches a video that has the
    /// photo's picture in any frame (a still grabbed from footage), two videos match when at least
    /// <see cref="MediaMatchOptions.MinFrameShare"/> of the shorter one's frames do.
    /// </summary>
    public MediaMatch? Compare(MediaFingerprint a, MediaFingerprint b)
    {
        var swap = b.Frames.Count < a.Frames.Count;
        var (few, many) = swap ? (b, a) : (a, b);
        var pairs = new List<FramePair>();
        var distances = new List<int>();
        foreach (var frame in few.Frames)
        {
            var best = int.MaxValue;
            var at = 0.0;
            foreach (var other in many.Frames)
            {
                var distance = frame.DistanceTo(other);
                if (distance < best)
                {
                    best = distance;
                    at = other.Seconds;
                }
            }

            if (best <= _options.FrameThreshold)
            {
                distances.Add(best);
                pairs.Add(swap ? new FramePair(at, frame.Seconds, best) : new FramePair(frame.Seconds, at, best));
            }
        }

        var needed = Math.Max(1, (int)Math.Ceiling(_options.MinFrameShare * few.Frames.Count));
        if (distances.Count < needed)
        {
            return null;
        }

        distances.Sort();
        pairs.Sort((x, y) => x.Seconds.CompareTo(y.Seconds));
        return new MediaMatch(distances[distances.Count / 2], pairs.Count > MaxPairs ? pairs[..MaxPairs] : pairs);
    }
}
