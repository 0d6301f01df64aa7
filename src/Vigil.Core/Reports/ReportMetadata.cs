namespace Vigil.Core.Reports;

/// <summary>What a report says about itself: the front-matter block of a text report, or the head of an HTML page.</summary>
/// <param name="Title">Headline, if given.</param>
/// <param name="Source">Publisher ("Amnesty International", "Tasnim News Agency"), if given.</param>
/// <param name="Published">Publication date, if given. The anchor for relative dates.</param>
/// <param name="Url">Where it was published, if given.</param>
/// <param name="Language">ISO 639-1 code, if given.</param>
public sealed record ReportMetadata(string? Title, string? Source, DateOnly? Published, string? Url, string? Language)
{
    /// <summary>No metadata at all.</summary>
    public static ReportMetadata None { get; } = new(null, null, null, null, null);
}
