namespace Vigil.Core.Reports;

/// <summary>Bounds on what is accepted as one report.</summary>
public static class ReportLimits
{
    /// <summary>Default largest report accepted: 20 MiB of text is far beyond any article or bulletin.</summary>
    public const int DefaultMaxReportBytes = 20 * 1024 * 1024;

    /// <summary>The one-line problem for a report of <paramref name="bytes"/> over <paramref name="maxBytes"/>.</summary>
    public static UserMessage TooLarge(long bytes, long maxBytes) =>
        $"too large: {bytes / 1048576.0:0.0} MB, the limit for one report is {maxBytes / 1048576.0:0.#} MB";
}
