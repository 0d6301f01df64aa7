namespace Vigil.Core.Tests.Evaluation;

/// <summary>Finds the repository's samples/ folder by walking up from the test binaries to the directory holding Vigil.slnx.</summary>
internal static class SamplesFolder
{
    public static string Path
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                dir = dir.Parent;
            }

            return dir is null
                ? throw new DirectoryNotFoundException("no Vigil.slnx above " + AppContext.BaseDirectory)
                : System.IO.Path.Combine(dir.FullName, "samples");
        }
    }
}
