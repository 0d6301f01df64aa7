namespace Vigil.Web.Incidents;

/// <summary>The incident list's filters (query string), shared by the page and <c>/api/v1/incidents</c>.</summary>
public sealed class IncidentFilter
{
    /// <summary>Incident type (protest, killing, arrest …).</summary>
    public string? Type { get; set; }

    /// <summary>Earliest day (the incident's date range must reach it).</summary>
    public DateOnly? From { get; set; }

    /// <summary>Latest day.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Province (English name as the gazetteer gives it).</summary>
    public string? Province { get; set; }

    /// <summary>Source (outlet) id.</summary>
    public Guid? Source { get; set; }

    /// <summary>Full-text search over the report text.</summary>
    public string? Q { get; set; }

    /// <summary>1-based page.</summary>
    public int? Page { get; set; }

    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;
}
