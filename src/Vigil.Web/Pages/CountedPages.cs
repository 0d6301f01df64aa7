using Microsoft.EntityFrameworkCore;

namespace Vigil.Web.Pages;

/// <summary>
/// A numbered list's count as the incident lists make it: ten pages from the page's start at most ("more than N"), since
/// the pager needs no more and a count of every row of a store that holds millions cost more than the page.
/// </summary>
public static class CountedPages
{
    /// <summary>How many pages from the page's start are counted: as many as the incident lists count.</summary>
    public const int Ahead = Vigil.Web.Incidents.IncidentQuery.CountedPages;

    /// <summary>
    /// The count of <paramref name="rows"/> (in the list's order) shown beside page rows starting at <paramref name="skip"/>,
    /// of which <paramref name="read"/> were read for the page; <c>More</c> when the count stopped before the end. Past the
    /// end, the rows before it are counted, so the pager leads back.
    /// </summary>
    public static async Task<(int Total, bool More)> CountAsync<T>(IQueryable<T> rows, int skip, int read, int pageSize, CancellationToken cancellationToken)
    {
        var room = Ahead * pageSize;
        var following = read < pageSize ? read : await rows.Skip(skip).Take(room + 1).CountAsync(cancellationToken);
        if (following == 0 && skip > 0)
        {
            return (await rows.Take(skip).CountAsync(cancellationToken), false);
        }

        return (skip + Math.Min(following, room), following > room);
    }

    /// <summary>The largest page number whose rows and count stay within <see cref="int"/>.</summary>
    public static int MaxPage(int pageSize) => (int.MaxValue - (Ahead * pageSize)) / pageSize;
}
