namespace Vigil.Core.Tests.Evaluation;

/// <summary>Finds the repository (the directory holding Vigil.slnx, walking up from the test binaries) and its samples/ folder.</summary>
internal static class SamplesFolder
{
    /// <summary>The repository's root directory.</summary>
    public static string Repository
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("no Vigil.slnx above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The repository's samples/ folder.</summary>
    public static string Path => System.IO.Path.Combine(Repository, "samples");
}
