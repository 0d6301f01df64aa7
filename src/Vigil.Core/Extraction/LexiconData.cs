namespace Vigil.Core.Extraction;

/// <summary>Reads the lexicon data files embedded in Vigil.Core: one entry a line, '|'-separated fields, '#' comments.</summary>
internal static class LexiconData
{
    /// <summary>
    /// The entries of the embedded resource <c>Vigil.Core.Extraction.{fileName}</c> (e.g. "Counts.Data.count-units.txt"), each split into
    /// trimmed fields. Throws when the resource is missing: that is a build error, not bad input.
    /// </summary>
    public static IEnumerable<string[]> Read(string fileName)
    {
        var assembly = typeof(LexiconData).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".Extraction." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded lexicon '{fileName}' is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            lines.Add(trimmed.Split('|', StringSplitOptions.TrimEntries));
        }

        return lines;
    }
}
