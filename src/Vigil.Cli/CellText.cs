namespace Vigil.Cli;

/// <summary>Text for one table cell: on one line, cut at a word with an ellipsis.</summary>
internal static class CellText
{
    public static string Clip(string text, int length)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        if (flat.Length <= length)
        {
            return flat;
        }

        // At the last space that keeps at least half the room; a single long word is cut where it must be.
        var cut = flat.LastIndexOf(' ', length - 1);
        var end = cut >= length / 2 ? cut : length - 1;
        return flat[..end].TrimEnd(' ', ',', ';', ':') + "…";
    }
}
