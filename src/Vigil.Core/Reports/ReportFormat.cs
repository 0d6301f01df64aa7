namespace Vigil.Core.Reports;

/// <summary>The formats a report can be ingested from.</summary>
public enum ReportFormat
{
    /// <summary>Plain text (<c>.txt</c>), with an optional front-matter block.</summary>
    Text,

    /// <summary>Markdown (<c>.md</c>), read as text, with an optional front-matter block.</summary>
    Markdown,

    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>), reduced to its main text.</summary>
    Html,
}
