using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Media;
using Vigil.Storage.Mentions;
using Vigil.Storage.Sources;
using Vigil.Web.Auth;
using Vigil.Web.Incidents;

namespace Vigil.Web.Api;

/// <summary>
/// An editor's decisions over the API, the same operations the review page and the CLI call (every one audited):
/// status, editor's values, merge, split, a mention's credibility, a source's grades, media links. A refusal is the
/// operation's <see cref="Outcome"/>, answered as ProblemDetails by <see cref="ApiProblems.Of"/>.
/// </summary>
internal static class ReviewApi
{
    public static void MapReviewApi(this RouteGroupBuilder api)
    {
        var review = api.MapGroup(string.Empty).RequireAuthorization(Policies.Review).WithTags("review");
        review.MapPut("/incidents/{id:guid}/status", SetStatusAsync).WithName("setIncidentStatus").ProducesOutcomeProblems()
            .WithSummary("Set an incident's review status (confirmed, disputed, rejected, unreviewed); answers the incident");
        review.MapPut("/incidents/{id:guid}/fields/{field}", SetFieldAsync).WithName("setIncidentField").ProducesOutcomeProblems()
            .WithSummary("Set an editor's value for a field (type, date, date_end, place, admin1, country, killed, injured, arrested, actors, victims, notes); the machine value is kept");
        review.MapDelete("/incidents/{id:guid}/fields/{field}", ClearFieldAsync).WithName("clearIncidentField").ProducesOutcomeProblems()
            .WithSummary("Remove an editor's value, so the machine value shows again");
        review.MapPost("/incidents/{id:guid}/merge", MergeAsync).WithName("mergeIncidents").ProducesOutcomeProblems()
            .WithSummary("Merge another incident (full id or its last 6–12 hex digits) into this one; the other is deleted; answers the merged incident");
        review.MapPost("/incidents/{id:guid}/split", SplitAsync).WithName("splitIncident").ProducesOutcomeProblems()
            .WithSummary("Move some of an incident's mentions into a new incident; answers the new incident");
        review.MapPut("/mentions/{id:guid}/credibility", GradeAsync).WithName("gradeMention").ProducesOutcomeProblems()
            .WithSummary("Grade a mention's information credibility (Admiralty 1–6); its incident's figures are recomputed");
        review.MapPatch("/sources/{id:guid}", EditSourceAsync).WithName("editSource").ProducesOutcomeProblems()
            .WithSummary("Change a source's kind, affiliation (empty: none) or reliability grade (A–F); omitted values are kept");
        review.MapPut("/incidents/{id:guid}/part-of", LinkPartAsync).WithName("linkPart").ProducesOutcomeProblems()
            .WithSummary("Make this incident a part of a wave (full id or its last 6–12 hex digits); pinned through re-clustering; answers the part");
        review.MapDelete("/incidents/{id:guid}/part-of", UnlinkPartAsync).WithName("unlinkPart").ProducesOutcomeProblems()
            .WithSummary("Make this incident a part of no wave; pinned through re-clustering; answers the incident");
        review.MapPut("/incidents/{id:guid}/media/{evidence}", AttachAsync).WithName("attachMedia").ProducesOutcomeProblems()
            .WithSummary("Attach a media item (by any of its evidence files' ids) to an incident");
        review.MapDelete("/incidents/{id:guid}/media/{evidence}", DetachAsync).WithName("detachMedia").ProducesOutcomeProblems()
            .WithSummary("Take a media item off an incident");
    }

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> SetStatusAsync(Guid id, SetStatusRequest body, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await IncidentAsync(db, http, id, await new ReviewIncident(db, clock).SetStatusAsync(id, body.Status ?? string.Empty, http.User.Actor(), cancellationToken), cancellationToken);

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> SetFieldAsync(Guid id, string field, SetFieldRequest body, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Value))
        {
            return ApiProblems.Of(Outcome.Invalid("value", "is required (DELETE the field to remove an editor's value)"));
        }

        return await IncidentAsync(db, http, id, await new ReviewIncident(db, clock).SetFieldAsync(id, field, body.Value.Trim(), http.User.Actor(), cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> ClearFieldAsync(Guid id, string field, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await IncidentAsync(db, http, id, await new ReviewIncident(db, clock).SetFieldAsync(id, field, string.Empty, http.User.Actor(), cancellationToken), cancellationToken);

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> MergeAsync(Guid id, MergeRequest body, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var other = await IncidentIds.ResolveAsync(db, body.Other, "other", cancellationToken);
        if (!other.Succeeded)
        {
            return ApiProblems.Of(other.Result);
        }

        return await IncidentAsync(db, http, id, await new MergeIncidents(db, clock).RunAsync(id, other.Value, http.User.Actor(), cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> LinkPartAsync(Guid id, LinkPartRequest body, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var wave = await IncidentIds.ResolveAsync(db, body.Wave, "wave", cancellationToken);
        if (!wave.Succeeded)
        {
            return ApiProblems.Of(wave.Result);
        }

        return await IncidentAsync(db, http, id, await new LinkPart(db, clock).LinkAsync(id, wave.Value, http.User.Actor(), cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> UnlinkPartAsync(Guid id, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await IncidentAsync(db, http, id, await new LinkPart(db, clock).UnlinkAsync(id, http.User.Actor(), cancellationToken), cancellationToken);

    private static async Task<Results<Created<IncidentResponse>, ProblemHttpResult>> SplitAsync(Guid id, SplitRequest body, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var created = await new SplitIncident(db, clock).RunAsync(id, body.Mentions ?? [], http.User.Actor(), cancellationToken);
        if (!created.Succeeded)
        {
            return ApiProblems.Of(created.Result);
        }

        var detail = (await IncidentQuery.For(db, http.User).DetailAsync(created.Value, cancellationToken))!;
        return TypedResults.Created($"/api/v1/incidents/{created.Value}", IncidentResponse.Of(detail));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> GradeAsync(Guid id, GradeRequest body, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Done(await new GradeMention(db, clock).RunAsync(id, body.Credibility, http.User.Actor(), cancellationToken));

    private static async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> EditSourceAsync(Guid id, EditSourceRequest body, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var name = await db.Sources.AsNoTracking().Where(s => s.Id == id).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return ApiProblems.Of(Outcome.NotFound($"source {id}"));
        }

        var edited = await new EditSource(db, clock).RunAsync(name, body.Kind, body.Affiliation, body.Reliability, http.User.Actor(), cancellationToken);
        if (!edited.Succeeded)
        {
            return ApiProblems.Of(edited);
        }

        var source = await db.Sources.AsNoTracking().FirstAsync(s => s.Id == id, cancellationToken);
        return TypedResults.Ok(new SourceResponse(source.Id, source.Name, source.Kind, source.Affiliation, source.Reliability));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> AttachAsync(Guid id, string evidence, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Done(await new LinkMedia(db, clock).AttachAsync(id, evidence, http.User.Actor(), cancellationToken));

    private static async Task<Results<NoContent, ProblemHttpResult>> DetachAsync(Guid id, string evidence, VigilDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        Done(await new LinkMedia(db, clock).DetachAsync(id, evidence, http.User.Actor(), cancellationToken));

    private static Results<NoContent, ProblemHttpResult> Done(Outcome outcome) =>
        outcome.Succeeded ? TypedResults.NoContent() : ApiProblems.Of(outcome);

    // The incident as it is after a successful change, read for the caller's role like GET /incidents/{id}.
    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> IncidentAsync(VigilDbContext db, HttpContext http, Guid id, Outcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.Succeeded)
        {
            return ApiProblems.Of(outcome);
        }

        var detail = (await IncidentQuery.For(db, http.User).DetailAsync(id, cancellationToken))!;
        return TypedResults.Ok(IncidentResponse.Of(detail));
    }
}

/// <summary>The review status to set: unreviewed, confirmed, disputed or rejected.</summary>
internal sealed record SetStatusRequest([property: Required] string? Status);

/// <summary>An editor's value for a field (figures as N, N-M or N+; dates as YYYY-MM-DD, YYYY-MM or YYYY).</summary>
internal sealed record SetFieldRequest([property: Required] string? Value);

/// <summary>The wave the incident in the path is a part of: its full id or last 6–12 hex digits.</summary>
internal sealed record LinkPartRequest([property: Required] string? Wave);

/// <summary>The incident to merge into the one in the path (deleted afterwards): its full id or last 6–12 hex digits.</summary>
internal sealed record MergeRequest([property: Required] string? Other);

/// <summary>The ids of the mentions that leave the incident to form a new one.</summary>
internal sealed record SplitRequest([property: Required] IReadOnlyList<Guid>? Mentions);

/// <summary>Information credibility: 1 confirmed … 5 improbable, 6 cannot be judged.</summary>
internal sealed record GradeRequest([property: Required] int Credibility);

/// <summary>What to change on a source; an omitted value is kept, an empty affiliation removes it.</summary>
internal sealed record EditSourceRequest(string? Kind, string? Affiliation, string? Reliability);
