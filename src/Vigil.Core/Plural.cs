using System.Globalization;

namespace Vigil.Core;

/// <summary>Counted nouns in English, for the CLI and the pages: "1 incident", "2 incidents", "1204 reports".</summary>
public static class Plural
{
    /// <summary>The count (plain digits, so scripts can read it) and the noun, plural unless the count is exactly one; <paramref name="plural"/> for irregular nouns.</summary>
    public static string Of(long count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Noun(count, noun, plural);

    /// <summary>
    /// As <see cref="Of"/>, as a <see cref="UserMessage"/> whose template is "{0} incidents" (the count a hole), so a page
    /// can say it in the reader's language.
    /// </summary>
    public static UserMessage Counted(long count, string noun, string? plural = null)
    {
        var message = new UserMessage(noun.Length + 4, 1);
        message.AppendFormatted(count);
        message.AppendLiteral(" " + Noun(count, noun, plural));
        return message;
    }

    /// <summary>The noun alone, in the number <paramref name="count"/> calls for ("match" / "matches").</summary>
    public static string Noun(long count, string noun, string? plural = null) =>
        count == 1 ? noun : plural ?? (noun.EndsWith('s') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith('x') ? noun + "es" : noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2], StringComparison.Ordinal) ? noun[..^1] + "ies" : noun + "s");
}
