using Microsoft.AspNetCore.Mvc;

namespace Vigil.Web.Api;

/// <summary>The query of <c>GET /api/v1/persons</c>: the person list's filters and the page.</summary>
internal sealed class PersonsRequest
{
    /// <summary>A fate (killed, injured, arrested, executed, sentenced, disappeared, released, other).</summary>
    public string? Fate { get; init; }

    /// <summary>With a fate on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>With a fate on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Province (English name).</summary>
    public string? Province { get; init; }

    /// <summary>A stated age of at least this.</summary>
    [FromQuery(Name = "age_min")]
    public int? AgeMin { get; init; }

    /// <summary>A stated age of at most this (17: children).</summary>
    [FromQuery(Name = "age_max")]
    public int? AgeMax { get; init; }

    /// <summary>female or male.</summary>
    public string? Gender { get; init; }

    /// <summary>Review status.</summary>
    public string? Status { get; init; }

    /// <summary>A source (part of its name).</summary>
    public string? Source { get; init; }

    /// <summary>A name in any spelling or script.</summary>
    public string? Q { get; init; }

    /// <summary>1-based page.</summary>
    public int? Page { get; init; }
}
