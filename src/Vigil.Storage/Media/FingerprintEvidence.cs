using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage.Media;

/// <summary>
/// Fingerprints the evidence files that have no fingerprint yet (stores that predate fingerprints, videos
/// stored while ffmpeg was missing), reading each from the blob store. With <c>retry</c>, files whose
/// earlier attempt failed are tried again. Fingerprints are derived from the stored bytes and can be
/// recomputed at any time, so, like clustering, they are not audit entries of their own.
/// </summary>
public sealed class FingerprintEvidence(Database.VigilDbContext db, Blobs.BlobStore blobs, MediaReader reader, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>
    /// Fingerprints what is missing, then puts every fingerprinted file not yet in a media item into one
    /// (<see cref="GroupMedia.CatchUpAsync"/>: the new ones, and all of a store fingerprinted before items were kept).
    /// <paramref name="onFile"/> hears each file's name and outcome. Returns (fingerprinted, failed, grouped).
    /// </summary>
    public async Task<(int Done, int Failed, int Grouped)> RunAsync(bool retry, Action<string, string>? onFile = null, CancellationToken cancellationToken = default)
    {
        var tried = db.EvidenceFingerprints.AsNoTracking().Where(f => !retry || f.Error == null).Select(f => f.EvidenceId);
        var pending = await db.Evidence.AsNoTracking().Where(e => !tried.Contains(e.Id)).OrderBy(e => e.IngestedAt).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.FileName, e.MetadataJson }).ToListAsync(cancellationToken);
        int done = 0, failed = 0;
        foreach (var evidence in pending)
        {
            var reading = blobs.Exists(evidence.Id)
                ? await reader.ReadAsync(blobs.PathOf(evidence.Id), evidence.MetadataJson, cancellationToken)
                : MediaReading.Failed("the stored bytes are missing from the blob store (run vigil verify)");
            var row = Row(evidence.Id, reading, clock.GetUtcNow().UtcDateTime);
            var existing = await db.EvidenceFingerprints.FindAsync([evidence.Id], cancellationToken);
            if (existing is not null)
            {
                db.EvidenceFingerprints.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
            }

            db.EvidenceFingerprints.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (reading.Error is null)
            {
                done++;
            }
            else
            {
                failed++;
            }

            onFile?.Invoke(evidence.FileName, Note(reading).TrimStart(';', ' '));
        }

        var grouped = await new GroupMedia(db, clock).CatchUpAsync(cancellationToken: cancellationToken);
        return (done, failed, grouped);
    }

    internal static EvidenceFingerprint Row(string evidenceId, MediaReading reading, DateTime now) => new()
    {
        EvidenceId = evidenceId,
        IsVideo = reading.Fingerprint?.IsVideo ?? reading.Facts.DurationSeconds is not null,
        Frames = reading.Fingerprint?.ToBytes(),
        FrameCount = reading.Fingerprint?.Frames.Count ?? 0,
        FactsJson = JsonSerializer.Serialize(reading.Facts, Json),
        Thumbnail = reading.Thumbnail,
        Error = reading.Error is { Length: > 500 } text ? text[..500] : reading.Error,
        ComputedAt = now,
    };

    /// <summary>Reads <see cref="EvidenceFingerprint.FactsJson"/>.</summary>
    public static MediaFacts Facts(string factsJson) => JsonSerializer.Deserialize<MediaFacts>(factsJson, Json) ?? new MediaFacts();

    internal static string Note(MediaReading reading) => reading.Fingerprint is { } fingerprint
        ? fingerprint.IsVideo ? $"; fingerprinted ({fingerprint.Frames.Count} frames)" : "; fingerprinted"
        : $"; not fingerprinted: {reading.Error}";
}
