using Vigil.Cli.Extraction;
using Vigil.Core.Extraction;

namespace Vigil.Extract;

/// <summary>
/// <c>vigil-extract FILE|DIR... [--json]</c>: what <c>vigil extract FILE|DIR... --json</c> prints (one JSON line per report,
/// in file order, the same bytes), from a native executable that starts in milliseconds. Nothing is stored.
/// </summary>
internal static class ExtractCommand
{
    public const string Usage = """
        usage: vigil-extract FILE|DIR... [--json]
        Codes incidents, statements and named persons in reports (.txt .md .html .htm; folders are searched recursively) and
        prints one JSON object per report per line, as `vigil extract FILE|DIR... --json` does. Nothing is stored.
        """;

    /// <summary>
    /// Runs the command: JSON lines to <paramref name="output"/>, an <c>error: FILE: problem</c> line per unreadable file to
    /// <paramref name="error"/>. Returns 0, or 1 when a file could not be read (the others are still extracted), or 2
    /// for a command line it does not understand.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, Stream output, TextWriter error)
    {
        var paths = new List<string>();
        foreach (var arg in args)
        {
            if (arg is "-h" or "--help")
            {
                using var help = new StreamWriter(output, leaveOpen: true);
                help.WriteLine(Usage);
                return 0;
            }

            if (arg == "--json")
            {
                continue;
            }

            if (arg.StartsWith('-') && arg.Length > 1)
            {
                error.WriteLine($"error: {arg}: unknown option (JSON lines are the only output)");
                error.WriteLine(Usage);
                return 2;
            }

            paths.Add(arg);
        }

        if (paths.Count == 0)
        {
            error.WriteLine("error: no report file or folder given");
            error.WriteLine(Usage);
            return 2;
        }

        var (files, problems) = ReportFile.Collect(paths);
        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem}");
        }

        // Each line goes into one 64 KB buffer, written when full. A chunk's lines were first copied into a buffer of their
        // own, which grew to the largest chunk (1–2 MB): arrays of the large-object heap on fresh memory, about a tenth of the
        // process's page faults over 12 MB of reports (docs/pipeline/pipeline.md, session 21).
        var failed = problems.Count;
        var lines = new BufferedStream(output, 1 << 16); // not disposed: that would close the caller's stream
        ReportBatches.Run(files, ExtractionPipeline.CreateDefault(), json: true, chunk =>
        {
            foreach (var report in chunk)
            {
                if (report.Line is not { } line)
                {
                    error.WriteLine($"error: {report.File}: {report.Error}");
                    failed++;
                }
                else
                {
                    lines.Write(line);
                }
            }
        });

        lines.Flush();
        output.Flush();
        return failed > 0 ? 1 : 0;
    }
}
