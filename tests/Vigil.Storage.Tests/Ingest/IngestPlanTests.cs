using System.Diagnostics;
using Vigil.Storage.Ingest;

namespace Vigil.Storage.Tests.Ingest;

/// <summary>Hole 8: the ingest walker reads regular files only, follows no link unless asked, never blocks, and reports every skip.</summary>
public sealed class IngestPlanTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("vigil-walk-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("vigil-outside-").FullName;

    public void Dispose()
    {
        // Links inside are deleted as links, not followed.
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void Symbolic_links_are_reported_not_followed()
    {
        File.WriteAllText(Path.Combine(_root, "report.txt"), "Police arrested 8 students.");
        var secret = Path.Combine(_outside, "passwd.txt");
        File.WriteAllText(secret, "root:x:0:0");
        File.CreateSymbolicLink(Path.Combine(_root, "system.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_root, "elsewhere"), Path.GetDirectoryName(secret)!);

        var (files, problems) = IngestPlan.Collect([_root]);

        Assert.Equal([Path.Combine(_root, "report.txt")], files.Select(f => f.Path));
        Assert.Contains(problems, p => p.Path.EndsWith("system.txt", StringComparison.Ordinal) && p.Status == IngestStatus.Skipped && p.Message!.Contains("symbolic link"));
        Assert.Contains(problems, p => p.Path.EndsWith("elsewhere", StringComparison.Ordinal) && p.Status == IngestStatus.Skipped && p.Message!.Contains("symbolic link"));
    }

    [Fact]
    public void Self_referencing_links_end_at_once_even_when_following()
    {
        File.WriteAllText(Path.Combine(_root, "report.txt"), "Police arrested 8 students.");
        File.CreateSymbolicLink(Path.Combine(_root, "a.txt"), Path.Combine(_root, "b.txt"));
        File.CreateSymbolicLink(Path.Combine(_root, "b.txt"), Path.Combine(_root, "a.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "loop"), _root);
        var sub = Directory.CreateDirectory(Path.Combine(_root, "sub")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), _root);

        var watch = Stopwatch.StartNew();
        var (files, problems) = IngestPlan.Collect([_root], followSymlinks: true);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Single(files);
        Assert.Contains(problems, p => p.Path.EndsWith("a.txt", StringComparison.Ordinal) && p.Status == IngestStatus.Failed && p.Message == "broken or looping symbolic link");
        Assert.Contains(problems, p => p.Path.EndsWith("loop", StringComparison.Ordinal) && p.Message!.Contains("already walked"));
        Assert.Contains(problems, p => p.Path.EndsWith("up", StringComparison.Ordinal) && p.Message!.Contains("already walked"));
    }

    [Fact]
    public void A_followed_link_to_a_file_is_read_once()
    {
        var target = Path.Combine(_root, "report.txt");
        File.WriteAllText(target, "Police arrested 8 students.");
        File.CreateSymbolicLink(Path.Combine(_root, "same.txt"), target);

        var (files, _) = IngestPlan.Collect([_root], followSymlinks: true);

        Assert.Single(files);
    }

    [Fact]
    public void A_fifo_is_skipped_without_being_opened()
    {
        File.WriteAllText(Path.Combine(_root, "report.txt"), "Police arrested 8 students.");
        var fifo = Path.Combine(_root, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var (files, problems) = IngestPlan.Collect([_root, fifo]);

        Assert.Single(files);
        var problem = Assert.Single(problems);
        Assert.Equal((fifo, IngestStatus.Failed), (problem.Path, problem.Status));
        Assert.Contains("not a regular file", problem.Message);
    }

    [Fact]
    public void Hidden_files_and_folders_are_reported_as_skipped()
    {
        File.WriteAllText(Path.Combine(_root, ".draft.txt"), "Police arrested 8 students.");
        Directory.CreateDirectory(Path.Combine(_root, ".git"));

        var (files, problems) = IngestPlan.Collect([_root]);

        Assert.Empty(files);
        Assert.Contains(problems, p => p.Path.EndsWith(".draft.txt", StringComparison.Ordinal) && p.Status == IngestStatus.Skipped && p.Message == "hidden file");
        Assert.Contains(problems, p => p.Path.EndsWith(".git", StringComparison.Ordinal) && p.Status == IngestStatus.Skipped && p.Message == "hidden folder");
    }
}
