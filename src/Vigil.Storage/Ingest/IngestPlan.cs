using Vigil.Core.Reports;
using Vigil.Storage.Evidence;

namespace Vigil.Storage.Ingest;

/// <summary>
/// Expands the paths given to <c>vigil ingest</c> into files: folders recursively (hidden entries
/// skipped), in a stable order, reports before evidence so evidence can be attached to them.
/// Paths that cannot be used become failures naming the problem.
/// </summary>
internal static class IngestPlan
{
    public const string ReportKind = "report";
    public const string EvidenceKind = "evidence";
    public const string OtherKind = "other";

    public static (List<IngestFile> Files, List<IngestOutcome> Problems) Collect(IEnumerable<string> paths)
    {
        var files = new List<IngestFile>();
        var problems = new List<IngestOutcome>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var path = Path.GetFullPath(given);
            if (File.Exists(path))
            {
                var kind = KindOf(path);
                if (kind == OtherKind)
                {
                    problems.Add(new IngestOutcome(given, OtherKind, IngestStatus.Failed, null, $"unsupported file type '{Path.GetExtension(path)}' (reports: .txt .md .html .htm; evidence: {string.Join(' ', EvidenceMetadata.MediaTypes.Keys)})", 0));
                }
                else if (seen.Add(path))
                {
                    files.Add(new IngestFile(path, kind));
                }
            }
            else if (Directory.Exists(path))
            {
                Walk(path, files, problems, seen);
            }
            else
            {
                problems.Add(new IngestOutcome(given, OtherKind, IngestStatus.Failed, null, "no such file or folder", 0));
            }
        }

        // Reports first so that evidence found in the same run can be attached to them.
        var ordered = files.Where(f => f.Kind == ReportKind).Concat(files.Where(f => f.Kind != ReportKind)).ToList();
        return (ordered, problems);
    }

    public static string KindOf(string path) =>
        ReportReader.FormatOf(path) is not null ? ReportKind
        : EvidenceMetadata.MediaTypes.ContainsKey(Path.GetExtension(path)) ? EvidenceKind
        : OtherKind;

    private static void Walk(string folder, List<IngestFile> files, List<IngestOutcome> problems, HashSet<string> seen)
    {
        string[] entries;
        string[] folders;
        try
        {
            entries = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new IngestOutcome(folder, OtherKind, IngestStatus.Failed, null, $"cannot read folder: {ex.Message}", 0));
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var file in entries)
        {
            if (Path.GetFileName(file).StartsWith('.'))
            {
                continue;
            }

            var kind = KindOf(file);
            if (kind == OtherKind)
            {
                problems.Add(new IngestOutcome(file, OtherKind, IngestStatus.Skipped, null, $"not a report or evidence file ('{Path.GetExtension(file)}')", 0));
            }
            else if (seen.Add(file))
            {
                files.Add(new IngestFile(file, kind));
            }
        }

        foreach (var sub in folders)
        {
            if (!Path.GetFileName(sub).StartsWith('.'))
            {
                Walk(sub, files, problems, seen);
            }
        }
    }
}
