using Vigil.Core.Reports;

namespace Vigil.Storage.Ingest;

/// <summary>A file (or an in-memory item) to ingest, classified by extension.</summary>
/// <param name="Path">Full path; for an in-memory item, its file name (what is stored as the file name).</param>
/// <param name="Kind">"report", "evidence" or "other".</param>
/// <param name="Content">An in-memory item's bytes; null for a file, which is read from <paramref name="Path"/>.</param>
/// <param name="Metadata">An in-memory report's metadata, over what its bytes say (front matter, HTML head).</param>
/// <param name="AttachTo">The report an in-memory evidence item belongs to.</param>
internal sealed record IngestFile(string Path, string Kind, ReadOnlyMemory<byte>? Content = null, ReportMetadata? Metadata = null, string? AttachTo = null)
{
    /// <summary>The item's size in bytes, from memory or from the file system.</summary>
    public long Length => Content?.Length ?? new FileInfo(Path).Length;

    /// <summary>The item's bytes, from memory or read from the file.</summary>
    public byte[] ReadAllBytes() => Content is { } content ? content.ToArray() : File.ReadAllBytes(Path);

    /// <summary>A stream over the item's bytes.</summary>
    public Stream OpenRead() => Content is { } content
        ? new MemoryStream(content.ToArray(), writable: false)
        : new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}
