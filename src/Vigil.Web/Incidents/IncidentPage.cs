using Vigil.Storage.Incidents;

namespace Vigil.Web.Incidents;

/// <summary>
/// One page of the incident list (<see cref="IncidentQuery.ListAsync"/>): its rows, its number, the count as far as it was
/// taken, and the places the next and previous pages start from.
/// </summary>
/// <param name="Rows">The page's rows, newest first.</param>
/// <param name="Page">The 1-based page number.</param>
/// <param name="Total">Matching incidents counted: every one, or, when <paramref name="More"/>, as far as the count went.</param>
/// <param name="More">True when the count stopped before the end ("more than <paramref name="Total"/>").</param>
/// <param name="Previous">Where the previous page ends (<c>before=</c>); null on the first page.</param>
/// <param name="Next">Where the next page starts (<c>after=</c>); null on the last page.</param>
public sealed record IncidentPage(List<IncidentRow> Rows, int Page, int Total, bool More, IncidentCursor? Previous, IncidentCursor? Next);
