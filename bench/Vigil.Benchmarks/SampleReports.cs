using Vigil.Core.Reports;

namespace Vigil.Benchmarks;

/// <summary>The repository's samples/*.txt reports, read as the ingest path reads them.</summary>
internal static class SampleReports
{
    /// <summary>Each sample's body and publication date. Throws when the repository root (the folder with Vigil.slnx) cannot be found.</summary>
    public static IReadOnlyList<(string Body, DateOnly? Published)> Load()
    {
        var samples = Path.Combine(Root(), "samples");
        var result = new List<(string, DateOnly?)>();
        foreach (var file in Directory.EnumerateFiles(samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var read = ReportReader.Read(File.ReadAllBytes(file), ReportFormat.Text);
            if (read.Content is { } content)
            {
                result.Add((content.Body, content.Metadata.Published));
            }
        }

        return result;
    }

    /// <summary>The repository root: the folder with Vigil.slnx above the benchmark or the working directory.</summary>
    public static string Root()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Vigil.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        if (dir is null)
        {
            dir = Directory.GetCurrentDirectory();
            while (dir is not null && !File.Exists(Path.Combine(dir, "Vigil.slnx")))
            {
                dir = Path.GetDirectoryName(dir);
            }
        }

        return dir ?? throw new DirectoryNotFoundException("No folder with Vigil.slnx above the benchmark.");
    }

    /// <summary>UTF-8 size of the bodies: what MB/s is measured against.</summary>
    public static long Bytes(IEnumerable<(string Body, DateOnly? Published)> reports) =>
        reports.Sum(r => (long)System.Text.Encoding.UTF8.GetByteCount(r.Body));
}
