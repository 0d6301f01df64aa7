namespace Vigil.Cli;

/// <summary>Text for one table cell: on one line, cut with an ellipsis.</summary>
internal static class CellText
{
    public static string Clip(string text, int length)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= length ? flat : flat[..(length - 1)] + "…";
    }
}
