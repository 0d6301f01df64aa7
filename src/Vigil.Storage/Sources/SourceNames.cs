using System.Text.RegularExpressions;

namespace Vigil.Storage.Sources;

/// <summary>
/// How a report's source is named outside editor pages. A report with no source is credited
/// <see cref="Unattributed"/>, never with its file name: a witness's testimony file is often named after them.
/// </summary>
public static partial class SourceNames
{
    /// <summary>The credit of a report that names no source.</summary>
    public const string Unattributed = "unattributed";

    /// <summary>The source's name, or <see cref="Unattributed"/>.</summary>
    public static string Of(string? sourceName) => sourceName ?? Unattributed;

    /// <summary>
    /// A stored list (or a figures JSON document) of source names ("A; unattributed (FILE)") with any file name taken out. Stores written
    /// before this rule keep "unattributed (FILE)" in their rows (rewriting them would break their audit hashes),
    /// so everything that shows or exports such a list passes it through here.
    /// </summary>
    public static string WithoutFileNames(string sources) =>
        sources.Contains("unattributed (", StringComparison.Ordinal) ? FileCredit().Replace(sources, Unattributed) : sources;

    [GeneratedRegex(@"unattributed \((?:[^""]|\\"")*?\)(?=;|""|$)")]
    private static partial Regex FileCredit();
}
