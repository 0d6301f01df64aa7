using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Which incidents to list, count or export: the one filter of the incident page, the dashboard,
/// <c>/api/v1/incidents</c>, the export endpoints, <c>vigil incidents</c> and <c>vigil export</c> (query-string
/// names as the API documents them). Every field is optional.
/// </summary>
public sealed class IncidentFilter
{
    /// <summary>Incident type (protest, killing, arrest …), compared with the effective value.</summary>
    public string? Type { get; set; }

    /// <summary>Earliest day (the incident's date range must reach it).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Latest day (the incident's date range must start by it).</summary>
    public DateOnly? To { get; set; }

    /// <summary>Province (admin1, English name as the gazetteer gives it).</summary>
    public string? Province { get; set; }

    /// <summary>Source id: incidents with at least one mention from a report of that source.</summary>
    public Guid? Source { get; set; }

    /// <summary>Review status (unreviewed, confirmed, disputed, rejected).</summary>
    public string? Status { get; set; }

    /// <summary>At least this many independent sources (sources of one affiliation count once).</summary>
    public int? Corroboration { get; set; }

    /// <summary>Full-text search over report text: incidents with every word in the reports they have mentions in (<see cref="SearchIncidents"/>).</summary>
    public string? Q { get; set; }

    /// <summary>1-based page (lists only): an offset, for the first pages a link names by number.</summary>
    public int? Page { get; set; }

    /// <summary>The page after this place (lists only): the <c>next</c> value of the page before (<see cref="IncidentCursor"/>); deep pages cost what the first does.</summary>
    public string? After { get; set; }

    /// <summary>The page before this place (lists only): the <c>previous</c> value of the page after (<see cref="IncidentCursor"/>).</summary>
    public string? Before { get; set; }

    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>The deepest page served by number (an offset); <see cref="After"/> goes on from any page.</summary>
    public const int MaxPage = 200;

    /// <summary>A stable key of the values that choose the matching incidents (all but the page).</summary>
    public string MatchKey => string.Join('|', Type, From?.DayNumber, To?.DayNumber, Province, Source, Status, Corroboration, Q?.Trim());

    /// <summary>
    /// Applies the filter to <paramref name="query"/>. Type, dates and province are compared with the effective
    /// values: an editor's value where one is set (<paramref name="edited"/>), else the machine's. A province typed by
    /// hand (the command line) matches <paramref name="provinceIgnoresCase"/>; one chosen from a list matches exactly,
    /// which an index serves.
    /// </summary>
    public IQueryable<Incident> Apply(VigilDbContext db, IQueryable<Incident> query, IReadOnlyCollection<EditedIncident> edited, bool provinceIgnoresCase = false) =>
        Split(db, query, edited, provinceIgnoresCase).All;

    /// <summary>
    /// As <see cref="Apply"/>, with the incidents an editor moved into the filter kept apart (<see cref="EffectiveQuery"/>), for lists
    /// read newest first. A text search takes only the incidents in <paramref name="searchWindow"/> (when given; by machine start date), so that a
    /// search read window by window reads each window's matches only (<see cref="NewestIncidents"/>).
    /// </summary>
    public EffectiveQuery Split(VigilDbContext db, IQueryable<Incident> query, IReadOnlyCollection<EditedIncident> edited, bool provinceIgnoresCase = false, SearchWindow? searchWindow = null)
    {
        if (!string.IsNullOrWhiteSpace(Status))
        {
            query = query.Where(i => i.Status == Status);
        }

        if (Corroboration is > 1 and var min)
        {
            query = query.Where(i => i.Corroboration >= min);
        }

        if (Source is { } source)
        {
            var mentions = from m in db.Mentions
                           join r in db.Reports on m.ReportId equals r.Id
                           where r.SourceId == source && m.IncidentId != null
                           select m.IncidentId!.Value;
            query = query.Where(i => mentions.Contains(i.Id));
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var matching = new SearchIncidents(db).Ids(Q, searchWindow);
            query = query.Where(i => matching.Contains(i.Id));
        }

        // Last, so that when edited incidents make it a union of two queries, both carry the filters above.
        return Effective(provinceIgnoresCase).Split(query, edited);
    }

    /// <summary>The part of this filter that edited incidents are tested against by their effective values (type, dates, province).</summary>
    public EffectiveFilter Effective(bool provinceIgnoresCase = false) => new(
        string.IsNullOrWhiteSpace(Type) ? null : Type,
        From,
        To,
        string.IsNullOrWhiteSpace(Province) ? null : Province,
        provinceIgnoresCase);
}
