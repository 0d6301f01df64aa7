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

    /// <summary>Reads one report with the reader ingest uses; the error names the problem (the caller adds the path).</summary>
    public static (ReportContent? Content, string? Error) Read(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ReportLimits.DefaultMaxReportBytes)
            {
                return (null, ReportLimits.TooLarge(length, ReportLimits.DefaultMaxReportBytes).ToString());
            }

            var result = ReportReader.Read(File.ReadAllBytes(path), ReportReader.FormatOf(path) ?? ReportFormat.Text);
            return (result.Content, result.Error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read: {ex.Message}");
        }
    }
}
