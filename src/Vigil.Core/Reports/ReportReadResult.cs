using System.Diagnostics.CodeAnalysis;

namespace Vigil.Core.Reports;

/// <summary>The outcome of reading a report: its content, or the one problem that stopped it.</summary>
public sealed class ReportReadResult
{
    private ReportReadResult(ReportContent? content, UserMessage? problem)
    {
        Content = content;
        Problem = problem;
    }

    /// <summary>The report, when it could be read.</summary>
    public ReportContent? Content { get; }

    /// <summary>A one-line description of the problem, naming the field where there is one; null on success.</summary>
    public string? Error => Problem?.ToString();

    /// <summary><see cref="Error"/> as its template and values, for a page to say in the reader's language.</summary>
    public UserMessage? Problem { get; }

    /// <summary>True when the report could be read.</summary>
    [MemberNotNullWhen(true, nameof(Content))]
    [MemberNotNullWhen(false, nameof(Error), nameof(Problem))]
    public bool Succeeded => Content is not null;

    internal static ReportReadResult Ok(ReportContent content) => new(content, null);

    internal static ReportReadResult Fail(UserMessage error) => new(null, error);
}
