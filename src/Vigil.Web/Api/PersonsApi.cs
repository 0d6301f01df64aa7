using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction.Persons;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;
using Vigil.Web.Auth;

namespace Vigil.Web.Api;

/// <summary>
/// <c>/api/v1/persons</c>: named persons. Viewers see only persons an editor confirmed and marked publishable; every
/// read of one person is written to the audit log; admins see those reads in the person's history.
/// </summary>
internal static class PersonsApi
{
    private const int PageSize = ApiPage<PersonRowResponse>.DefaultSize;

    public static void MapPersonsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/persons", ListAsync).RequireAuthorization(Policies.Read).WithTags("persons").WithName("listPersons")
            .WithSummary("Named persons, latest fate first, with filters (viewers: confirmed and publishable only; rejected left out unless status=rejected)");
        api.MapGet("/persons/{id:guid}", GetAsync).RequireAuthorization(Policies.Read).WithTags("persons").WithName("getPerson")
            .WithSummary("One person: names, ages and fates by source, mentions with their evidence text, incidents, history (the read is audited)");
    }

    private static async Task<Results<Ok<ApiPage<PersonRowResponse>>, ValidationProblem>> ListAsync([AsParameters] PersonsRequest request, VigilDbContext db, PersonListIndex index, HttpContext http, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var filter = new PersonFilter
        {
            Fate = request.Fate, From = request.From, To = request.To, Admin1 = request.Province, AgeMin = request.AgeMin, AgeMax = request.AgeMax,
            Gender = request.Gender, Status = request.Status, Source = request.Source, Search = request.Q, Audience = AudienceOf(http),
        };
        var page = request.Page ?? 1;
        var (rows, total, more) = await new ListPersons(db, index: index).RunAsync(filter, page, PageSize, cancellationToken);
        var items = rows.Select(p =>
        {
            var editor = PersonFields.Of(p);
            return new PersonRowResponse(p.Id, editor.GetValueOrDefault("name") ?? p.Name, editor.GetValueOrDefault("name_local") ?? p.NameLocal,
                editor.GetValueOrDefault("age") ?? PersonExport.AgeText(p.AgeMin, p.AgeMax), editor.GetValueOrDefault("gender") ?? p.Gender,
                PersonFields.EffectiveFates(p), PersonFields.EffectiveDates(p).From, PersonFields.EffectiveDates(p).To, editor.GetValueOrDefault("admin1") ?? p.Admin1, p.MentionCount, p.Status);
        }).ToList();
        return TypedResults.Ok(new ApiPage<PersonRowResponse>(total, more, page, PageSize, items));
    }

    private static async Task<Results<Ok<PersonResponse>, ProblemHttpResult>> GetAsync(Guid id, VigilDbContext db, HttpContext http, TimeProvider clock, CancellationToken cancellationToken) =>
        await new ReadPerson(db, clock).RunAsync(id, AudienceOf(http), http.User.Actor(), http.User.Allows(Policies.Admin), cancellationToken) is { } detail
            ? TypedResults.Ok(PersonResponse.Of(detail))
            : ApiProblems.NotFound($"person {id}");

    private static IncidentAudience AudienceOf(HttpContext http) => http.User.Allows(Policies.Review) ? IncidentAudience.Editor : IncidentAudience.Reader;

    // Values that bind but mean nothing; the problem names the parameter, never echoes a searched name.
    private static ValidationProblem? Validate(PersonsRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Fate) && !Enum.TryParse<Fate>(request.Fate, ignoreCase: true, out _))
        {
            return ApiProblems.Invalid("fate", $"'{request.Fate}' is not a fate ({string.Join(", ", Enum.GetNames<Fate>().Select(n => n.ToLowerInvariant()))})");
        }

        if (!string.IsNullOrWhiteSpace(request.Status) && !PersonStatus.All.Contains(request.Status))
        {
            return ApiProblems.Invalid("status", $"'{request.Status}' is not a review status ({string.Join(", ", PersonStatus.All)})");
        }

        if (!string.IsNullOrWhiteSpace(request.Gender) && request.Gender is not ("female" or "male"))
        {
            return ApiProblems.Invalid("gender", "female or male");
        }

        foreach (var (name, age) in new[] { ("age_min", request.AgeMin), ("age_max", request.AgeMax) })
        {
            if (age is < 0 or > 120)
            {
                return ApiProblems.Invalid(name, "a whole number of years between 0 and 120");
            }
        }

        if (request is { AgeMin: { } youngest, AgeMax: { } oldest } && oldest < youngest)
        {
            return ApiProblems.Invalid("age_max", "is below age_min");
        }

        if (request is { From: { } from, To: { } to } && to < from)
        {
            return ApiProblems.Invalid("to", "is before from");
        }

        return ApiProblems.InvalidPage(request.Page);
    }
}
