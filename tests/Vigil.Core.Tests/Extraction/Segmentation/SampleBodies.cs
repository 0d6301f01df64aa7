using Vigil.Core.Reports;

namespace Vigil.Core.Tests.Extraction.Segmentation;

/// <summary>Reads the bodies and publication dates of the repository's samples/seed-*.txt reports.</summary>
internal static class SampleBodies
{
    public static string Folder()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "samples")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return Path.Combine(dir ?? throw new DirectoryNotFoundException("samples/"), "samples");
    }

    public static string Read(string name) => ReadWithDate(name).Body;

    public static (string Body, DateOnly? Published) ReadWithDate(string name)
    {
        var (metadata, body, _) = FrontMatter.Split(File.ReadAllText(Path.Combine(Folder(), name + ".txt")));
        return (body, metadata.Published);
    }

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder(), "seed-*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);
}
