using System.Buffers;
using Vigil.Core.Reports;

namespace Vigil.Cli.Extraction;

/// <summary>Reads report files for <c>extract</c> and <c>eval</c> with the same reader ingest uses.</summary>
internal static class ReportFile
{
    /// <summary>Expands files and folders (recursively) into report files, sorted; unusable paths become problems.</summary>
    public static (List<string> Files, List<string> Problems) Collect(IEnumerable<string> paths, string pattern = "*")
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (ReportReader.FormatOf(path) is null)
                {
                    problems.Add($"{path}: not a report file (.txt .md .html .htm)");
                }
                else
                {
                    files.Add(path);
                }
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories)
                        .Where(f => ReportReader.FormatOf(f) is not null && !Path.GetFileName(f).StartsWith('.'))
                        .Order(StringComparer.Ordinal));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add($"{path}: cannot read folder: {ex.Message}");
                }
            }
            else
            {
                problems.Add($"{path}: no such file or folder");
            }
        }

        return (files, problems);
    }

    /// <summary>
    /// Reads one report with the reader ingest uses; the error names the problem (the caller adds the path). A relative
    /// <paramref name="path"/> is read from <paramref name="directory"/> when given, else from the current folder.
    /// </summary>
    public static (ReportContent? Content, string? Error) Read(string path, string? directory = null)
    {
        // The runtime makes every path it opens absolute, asking the system for the current folder (getcwd) each time a path
        // is relative, as a folder given as `reports/` makes every file's: 0.5 % of `vigil-extract` over 12 MB of 3 KB reports
        // (docs/pipeline/pipeline.md, session 25). A batch reads the folder once and passes it.
        if (directory is not null)
        {
            path = Path.GetFullPath(path, directory);
        }

        // One open for the size check and the read, into a pooled buffer: a stat, an open and a new array per file were
        // 3.5 % of `vigil-extract` over 12 MB of 3 KB reports (docs/pipeline/pipeline.md, session 17). The reader copies
        // what it keeps, so the buffer goes back to the pool as soon as it returns.
        byte[]? rented = null;
        try
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > ReportLimits.DefaultMaxReportBytes)
            {
                return (null, ReportLimits.TooLarge(length, ReportLimits.DefaultMaxReportBytes).ToString());
            }

            var format = ReportReader.FormatOf(path) ?? ReportFormat.Text;
            if (length == 0)
            {
                // A file that reports no size (procfs, some mounts) is read to its end, as File.ReadAllBytes does.
                return Result(ReportReader.Read(File.ReadAllBytes(path), format));
            }

            rented = ArrayPool<byte>.Shared.Rent((int)length);
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(handle, rented.AsSpan(read, (int)length - read), read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return Result(ReportReader.Read(rented.AsSpan(0, read), format));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read: {ex.Message}");
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static (ReportContent? Content, string? Error) Result(ReportReadResult read) => (read.Content, read.Error);
}
