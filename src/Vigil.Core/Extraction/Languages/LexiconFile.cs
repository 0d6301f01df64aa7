namespace Vigil.Core.Extraction.Languages;

/// <summary>
/// The one syntax of every lexicon file in a language pack: one entry a line, fields separated by '|' (spaces
/// around a field are trimmed), lines starting with '#' and blank lines ignored. A field that a file documents
/// as a word list holds words separated by spaces ("title | mr mrs dr").
/// </summary>
internal static class LexiconFile
{
    /// <summary>The entries of <paramref name="reader"/>, each split into trimmed fields.</summary>
    public static List<string[]> Parse(TextReader reader)
    {
        var entries = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.AsSpan().Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            entries.Add(trimmed.ToString().Split('|', StringSplitOptions.TrimEntries));
        }

        return entries;
    }

    /// <summary>The words of a word-list field ("mr mrs dr").</summary>
    public static string[] Words(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
