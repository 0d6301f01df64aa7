namespace Vigil.Storage.Reports;

/// <summary>An ingested document. Its identity is the SHA-256 of its original bytes, kept in the blob store.</summary>
public sealed class Report
{
    /// <summary>Lower-case hex SHA-256 of the original bytes.</summary>
    public required string Id { get; init; }

    /// <summary>The source that published it, when the report names one.</summary>
    public Guid? SourceId { get; set; }

    /// <summary>The source.</summary>
    public Sources.Source? Source { get; set; }

    /// <summary>
    /// The account that submitted it through the web app, which may then read it back (its own submissions);
    /// null for reports ingested from the command line. Not part of the audit payload: the audit entry's actor
    /// already records who stored it.
    /// </summary>
    public Guid? SubmitterId { get; init; }

    /// <summary>File name it was ingested from (no directory).</summary>
    public required string FileName { get; init; }

    /// <summary>text, markdown or html.</summary>
    public required string Format { get; init; }

    /// <summary>Headline, if given.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date, if given.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where it was published, if given.</summary>
    public string? Url { get; init; }

    /// <summary>ISO 639-1 language code, if given.</summary>
    public string? Language { get; init; }

    /// <summary>The body text every span indexes into.</summary>
    public required string Body { get; init; }

    /// <summary>Words in the body.</summary>
    public int WordCount { get; init; }

    /// <summary>Size of the original bytes.</summary>
    public long ByteLength { get; init; }

    /// <summary>When it was stored (UTC, microsecond precision).</summary>
    public DateTime IngestedAt { get; init; }

    /// <summary>Media files attached to it.</summary>
    public List<Evidence.EvidenceFile> Evidence { get; init; } = [];
}
