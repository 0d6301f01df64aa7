namespace Vigil.Web.Api;

/// <summary>
/// One page of a list: every list in <c>/api/v1</c> answers with this shape and takes <c>page</c> (1-based).
/// <c>total</c> counts every match up to a limit; <c>more</c> is true when there are more than that.
/// </summary>
internal sealed record ApiPage<T>(int Total, bool More, int Page, int PageSize, IReadOnlyList<T> Items)
{
    /// <summary>Rows per page for the lists that do not set their own.</summary>
    public const int DefaultSize = 100;

    /// <summary>Counting stops here: a broad list's exact size costs more than the number tells.</summary>
    public const int CountLimit = 10_000;
}
