namespace Vigil.Web.Incidents;

/// <summary>The incident list's filters (query string), shared by the page, the dashboard and <c>/api/v1/incidents</c>.</summary>
public sealed class IncidentFilter
{
    /// <summary>Incident type (protest, killing, arrest …), the machine value.</summary>
    public string? Type { get; set; }

    /// <summary>Earliest day (the incident's date range must reach it).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Latest day.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Province (English name as the gazetteer gives it).</summary>
    public string? Province { get; set; }

    /// <summary>Source (source) id: incidents with at least one mention from a report of that source.</summary>
    public Guid? Source { get; set; }

    /// <summary>Review status (unreviewed, confirmed, disputed, rejected). Without it, every status but rejected.</summary>
    public string? Status { get; set; }

    /// <summary>At least this many independent sources (sources of one affiliation count once).</summary>
    public int? Corroboration { get; set; }

    /// <summary>Full-text search over report text: incidents with a mention in a matching report.</summary>
    public string? Q { get; set; }

    /// <summary>1-based page.</summary>
    public int? Page { get; set; }

    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>The deepest page served: offsets beyond it cost more than any reader needs (narrow the filters instead).</summary>
    public const int MaxPage = 200;

    /// <summary>A stable key of the values that choose the matching incidents (all but the page).</summary>
    public string MatchKey => string.Join('|', Type, From?.DayNumber, To?.DayNumber, Province, Source, Status, Corroboration, Q?.Trim());
}
