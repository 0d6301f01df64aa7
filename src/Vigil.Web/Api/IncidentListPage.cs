using Vigil.Web.Incidents;

namespace Vigil.Web.Api;

/// <summary>
/// A page of <c>/api/v1/incidents</c>: the shape of every list (<see cref="ApiPage{T}"/>) and the places the next and previous
/// pages continue from (<c>after=</c> <see cref="Next"/>, <c>before=</c> <see cref="Previous"/>), which cost the same at any depth.
/// </summary>
/// <param name="Total">Incidents counted: without a search, ten pages past this page's start at most; with one, up to 10,000.</param>
/// <param name="More">True when there are more than <paramref name="Total"/>.</param>
/// <param name="Page">This page's number (1-based), also when it was reached through a cursor.</param>
/// <param name="PageSize">Rows per page.</param>
/// <param name="Items">The rows, newest first.</param>
/// <param name="Next">Pass as <c>after=</c> for the next page; null on the last.</param>
/// <param name="Previous">Pass as <c>before=</c> for the previous page; null on the first.</param>
internal sealed record IncidentListPage(int Total, bool More, int Page, int PageSize, IReadOnlyList<IncidentRow> Items, string? Next, string? Previous);
