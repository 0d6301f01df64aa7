namespace Vigil.Core.Reports;

/// <summary>Bounds on what is accepted as one report.</summary>
public static class ReportLimits
{
    /// <summary>Default largest report accepted: 20 MiB of text is far beyond any article or bulletin.</summary>
    public const int DefaultMaxReportBytes = 20 * 1024 * 1024;
}
