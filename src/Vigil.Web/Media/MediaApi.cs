using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Media;
using Vigil.Storage.Users;
using Vigil.Web.Api;
using Vigil.Web.Auth;

namespace Vigil.Web.Media;

/// <summary>Media: thumbnails, and a file's media item with its facts and incidents.</summary>
internal static class MediaApi
{
    public static void MapMediaApi(this RouteGroupBuilder api)
    {
        // Vigil's own re-encoded JPEG (never the uploaded bytes), so it is safe to show inline.
        api.MapGet("/evidence/{id}/thumbnail", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string id, VigilDbContext db, CancellationToken cancellationToken) =>
                await db.EvidenceFingerprints.AsNoTracking().Where(f => f.EvidenceId == id).Select(f => f.Thumbnail).FirstOrDefaultAsync(cancellationToken) is { } jpeg
                    ? TypedResults.File(jpeg, "image/jpeg")
                    : ApiProblems.NotFound($"thumbnail of evidence {id}"))
            .RequireAuthorization(Policies.Read).WithTags("media").WithName("getEvidenceThumbnail").Produces(StatusCodes.Status200OK, contentType: "image/jpeg").WithSummary("A photo's thumbnail or a video's keyframe sheet (JPEG made by Vigil)");

        api.MapGet("/media/{id}", async Task<Results<Ok<MediaResponse>, ProblemHttpResult>> (string id, HttpContext http, VigilDbContext db, CancellationToken cancellationToken) =>
            {
                var print = await db.EvidenceFingerprints.AsNoTracking().FirstOrDefaultAsync(f => f.EvidenceId == id, cancellationToken);
                if (print is null)
                {
                    return ApiProblems.NotFound($"media item of evidence {id}");
                }

                var editor = http.User.IsEditor();
                var item = print.Frames is null ? null : await new FindMediaItems(db).OfAsync(id, cancellationToken);
                var files = item?.Files.Select(f => f.EvidenceId).ToList() ?? [id];
                var incidents = await db.IncidentMedia.AsNoTracking().Where(l => files.Contains(l.EvidenceId)).Select(l => l.IncidentId).Distinct().ToListAsync(cancellationToken);
                return TypedResults.Ok(new MediaResponse(id, MediaVisibility.For(FingerprintEvidence.Facts(print.FactsJson), editor), print.Error, [.. (item?.Files ?? []).Select(f => editor ? f : f with { FileName = null })], incidents));
            })
            .RequireAuthorization(Policies.Read).WithTags("media").WithName("getMediaItem").WithSummary("An evidence file's media item (files showing the same picture or footage, earliest first), facts (file names, device and location for editors only) and incidents");
    }
}
