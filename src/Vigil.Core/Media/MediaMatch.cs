namespace Vigil.Core.Media;

/// <summary>Two fingerprints that show the same picture or footage.</summary>
/// <param name="Distance">The median distance (bits) of the matching frames: 0 for identical pictures.</param>
/// <param name="Frames">The matching frames, in time order of the first file (at most 50).</param>
public sealed record MediaMatch(int Distance, IReadOnlyList<FramePair> Frames);
