namespace Vigil.Core.Media;

/// <summary>A frame of one file that shows the same picture as a frame of another, and how far apart they are (bits).</summary>
public readonly record struct FramePair(double Seconds, double OtherSeconds, int Distance);
