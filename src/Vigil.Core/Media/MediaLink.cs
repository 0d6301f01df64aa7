namespace Vigil.Core.Media;

/// <summary>A match between two files of a <see cref="MediaCatalog"/>, by their positions in it (<see cref="First"/> &lt; <see cref="Second"/>).</summary>
public sealed record MediaLink(int First, int Second, MediaMatch Match);
