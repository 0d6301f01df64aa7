namespace Vigil.Storage.Media;

/// <summary>
/// The one rule for who sees which media facts: a camera's make and a GPS position can lead to the
/// person who filmed, so viewers, the public site and public exports get the facts without them.
/// </summary>
public static class MediaVisibility
{
    /// <summary><paramref name="facts"/> as a reader of the given kind may see them.</summary>
    public static MediaFacts For(MediaFacts facts, bool editor) =>
        editor ? facts : facts with { Device = null, Location = null };
}
