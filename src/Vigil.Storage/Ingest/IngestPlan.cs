using Vigil.Core;
using Vigil.Core.Reports;
using Vigil.Storage.Evidence;

namespace Vigil.Storage.Ingest;

/// <summary>
/// Expands the paths given to <c>vigil ingest</c> into files: folders recursively, in a stable order,
/// reports before evidence so evidence can be attached to them. Only regular files are read: symbolic
/// links are skipped unless <c>followSymlinks</c> (then each real folder is walked once, so link loops end),
/// and FIFOs, devices and sockets are never opened (opening a FIFO blocks until someone writes to it).
/// Every file or folder left out is reported with the reason — hidden ones too.
/// </summary>
internal static class IngestPlan
{
    public const string ReportKind = "report";
    public const string EvidenceKind = "evidence";
    public const string OtherKind = "other";

    public static (List<IngestFile> Files, List<IngestOutcome> Problems) Collect(IEnumerable<string> paths, bool followSymlinks = false)
    {
        var walk = new Walker(followSymlinks);
        foreach (var given in paths)
        {
            var path = Path.GetFullPath(given);
            if (Directory.Exists(path))
            {
                walk.Folder(path, given);
            }
            else if (File.Exists(path))
            {
                walk.File(path, given, explicitlyGiven: true);
            }
            else
            {
                walk.Problems.Add(new IngestOutcome(given, OtherKind, IngestStatus.Failed, null, new FileInfo(path).LinkTarget is not null ? "broken symbolic link" : "no such file or folder", 0));
            }
        }

        // Reports first so that evidence found in the same run can be attached to them.
        var ordered = walk.Files.Where(f => f.Kind == ReportKind).Concat(walk.Files.Where(f => f.Kind != ReportKind)).ToList();
        return (ordered, walk.Problems);
    }

    /// <summary>Why a file of this name cannot be ingested.</summary>
    public static UserMessage Unsupported(string path) =>
        $"unsupported file type '{Path.GetExtension(path)}' (reports: .txt .md .html .htm; evidence: {string.Join(' ', EvidenceMetadata.MediaTypes.Keys)})";

    public static string KindOf(string path) =>
        ReportReader.FormatOf(path) is not null ? ReportKind
        : EvidenceMetadata.MediaTypes.ContainsKey(Path.GetExtension(path)) ? EvidenceKind
        : OtherKind;

    private sealed class Walker(bool followSymlinks)
    {
        private readonly HashSet<string> _seenPaths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenFolders = new(StringComparer.Ordinal);

        public List<IngestFile> Files { get; } = [];

        public List<IngestOutcome> Problems { get; } = [];

        public void File(string path, string shown, bool explicitlyGiven)
        {
            // A file both named and found in a named folder is considered (and reported) once.
            if (!_seenPaths.Add(path))
            {
                return;
            }

            var info = new FileInfo(path);
            if (!explicitlyGiven && info.Name.StartsWith('.'))
            {
                Skip(shown, "hidden file");
                return;
            }

            if (info.LinkTarget is not null)
            {
                if (!followSymlinks)
                {
                    Skip(shown, "symbolic link, not followed (use --follow-symlinks)");
                    return;
                }

                if (Resolve(info) is not { } target || target is not FileInfo real || !real.Exists)
                {
                    Fail(shown, "broken or looping symbolic link");
                    return;
                }

                info = real;
            }

            var kind = KindOf(path);
            if (kind == OtherKind)
            {
                if (explicitlyGiven)
                {
                    Fail(shown, Unsupported(path));
                }
                else
                {
                    Skip(shown, $"not a report or evidence file ('{Path.GetExtension(path)}')");
                }

                return;
            }

            // FIFOs, devices, sockets and /proc-style files report no size, like an empty file, which has nothing to
            // ingest either. Neither is opened: a FIFO would block the walk until someone wrote to it.
            if (info.Length == 0)
            {
                Fail(shown, "empty file (or not a regular file: FIFO, device or socket)");
                return;
            }

            if (_seenFiles.Add(info.FullName))
            {
                Files.Add(new IngestFile(explicitlyGiven || info.FullName == path ? path : info.FullName, kind));
            }
        }

        public void Folder(string folder, string shown)
        {
            var info = new DirectoryInfo(folder);
            if (info.LinkTarget is not null)
            {
                if (!followSymlinks)
                {
                    Skip(shown, "symbolic link to a folder, not followed (use --follow-symlinks)");
                    return;
                }

                if (Resolve(info) is not DirectoryInfo { Exists: true } real)
                {
                    Fail(shown, "broken or looping symbolic link");
                    return;
                }

                info = real;
            }

            if (!_seenFolders.Add(info.FullName.TrimEnd(Path.DirectorySeparatorChar)))
            {
                Skip(shown, "folder already walked (a symbolic link loop or a second link to it)");
                return;
            }

            string[] entries;
            string[] folders;
            try
            {
                entries = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Fail(shown, $"cannot read folder: {ex.Message}");
                return;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            Array.Sort(folders, StringComparer.Ordinal);
            foreach (var file in entries)
            {
                File(file, file, explicitlyGiven: false);
            }

            foreach (var sub in folders)
            {
                if (Path.GetFileName(sub).StartsWith('.'))
                {
                    Skip(sub, "hidden folder");
                }
                else
                {
                    Folder(sub, sub);
                }
            }
        }

        private static FileSystemInfo? Resolve(FileSystemInfo link)
        {
            try
            {
                return link.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                return null;
            }
        }

        private void Skip(string path, UserMessage reason) => Problems.Add(new IngestOutcome(path, OtherKind, IngestStatus.Skipped, null, reason, 0));

        private void Fail(string path, UserMessage reason) => Problems.Add(new IngestOutcome(path, OtherKind, IngestStatus.Failed, null, reason, 0));
    }
}
