namespace Vigil.Web.Submissions;

/// <summary>A report to store: pasted <see cref="Text"/> with optional metadata, or an uploaded <see cref="File"/>; and evidence files.</summary>
public sealed class SubmitRequest
{
    public string? Text { get; init; }

    public string? Title { get; init; }

    /// <summary>Who published it (the report's <see cref="Storage.Sources.Source"/>), if given.</summary>
    public string? Source { get; init; }

    public DateOnly? Published { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }

    public SubmittedFile? File { get; init; }

    public IReadOnlyList<SubmittedFile> Evidence { get; init; } = [];
}
