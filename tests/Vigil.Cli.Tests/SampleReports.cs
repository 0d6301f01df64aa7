using System.Text.RegularExpressions;

namespace Vigil.Cli.Tests;

/// <summary>The repository's sample reports (samples/*.txt) and what their front matter says, read independently of Vigil.</summary>
internal sealed partial record SampleReport(string Path, byte[] Bytes, string? Title, string? Outlet, string? Published)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    public string FileName => System.IO.Path.GetFileName(Path);

    public static IReadOnlyList<SampleReport> All(string folder) =>
        Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Load).ToList();

    private static SampleReport Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var header = text[..text.IndexOf("\n---\n", 3, StringComparison.Ordinal)];
        return new SampleReport(path, bytes, Field(header, "title"), Field(header, "outlet"), Field(header, "published"));
    }

    private static string? Field(string header, string key)
    {
        var match = FieldPattern().Match(header);
        for (; match.Success; match = match.NextMatch())
        {
            if (match.Groups["key"].Value == key)
            {
                return match.Groups["value"].Value.Trim().Trim('"');
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<key>[a-z]+):(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex FieldPattern();
}
