using System.Diagnostics;
using Vigil.Core.Media;
using Vigil.Storage.Media;

namespace Vigil.Cli.Bench;

/// <summary>
/// Scores fingerprinting on a <see cref="MediaSet"/>: per transformation, the share of copies that match
/// their original (recall) and the share of pairs with files of other originals that match (false matches);
/// with the time fingerprinting took.
/// </summary>
internal static class MediaEvaluation
{
    public static async Task<MediaScores> RunAsync(MediaSet set, MediaReader reader, MediaMatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var fingerprints = new MediaFingerprint?[set.Files.Count];
        var errors = new List<string>();
        double imageSeconds = 0, videoSeconds = 0, videoLength = 0;
        int images = 0;
        for (var i = 0; i < set.Files.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            var reading = await reader.ReadAsync(set.Files[i].Path, null, cancellationToken);
            watch.Stop();
            fingerprints[i] = reading.Fingerprint;
            if (reading.Error is not null)
            {
                errors.Add($"{Path.GetFileName(set.Files[i].Path)}: {reading.Error}");
            }

            if (reading.Fingerprint is { IsVideo: true })
            {
                videoSeconds += watch.Elapsed.TotalSeconds;
                videoLength += reading.Facts.DurationSeconds ?? 0;
            }
            else
            {
                imageSeconds += watch.Elapsed.TotalSeconds;
                images++;
            }
        }

        var matcher = new MediaMatcher(options);
        // The same copies found through the index, as grouping finds them: a copy the matcher accepts but the
        // index never offers is never grouped.
        var catalog = new MediaCatalog(fingerprints, options);
        var rows = new List<TransformScore>();
        var falsePairs = new List<string>();
        var indexMisses = new List<string>();
        foreach (var transform in set.Files.Where(f => f.Transform != "original").Select(f => f.Transform).Distinct())
        {
            int copies = 0, found = 0, indexed = 0, pairs = 0, falseMatches = 0;
            var distances = new List<int>();
            for (var i = 0; i < set.Files.Count; i++)
            {
                var file = set.Files[i];
                if (file.Transform != transform)
                {
                    continue;
                }

                copies++;
                var original = set.Files.ToList().FindIndex(f => f.Original == file.Original && f.Transform == "original");
                if (fingerprints[i] is { } copy && fingerprints[original] is { } first && matcher.Compare(first, copy) is { } match)
                {
                    found++;
                    distances.Add(match.Distance);
                }

                if (catalog.MatchesOf(i).Any(m => m.Other == original))
                {
                    indexed++;
                }
                else if (fingerprints[i] is not null)
                {
                    indexMisses.Add(Path.GetFileName(file.Path));
                }

                for (var j = 0; j < set.Files.Count; j++)
                {
                    if (set.Files[j].Original == file.Original)
                    {
                        continue;
                    }

                    pairs++;
                    if (fingerprints[i] is { } a && fingerprints[j] is { } b && matcher.Compare(a, b) is { } wrong)
                    {
                        falseMatches++;
                        falsePairs.Add($"{Path.GetFileName(file.Path)} ~ {Path.GetFileName(set.Files[j].Path)} at {wrong.Distance} ({wrong.Frames.Count} frames)");
                    }
                }
            }

            distances.Sort();
            rows.Add(new TransformScore(transform, copies, found, indexed, pairs, falseMatches, distances.Count > 0 ? distances[distances.Count / 2] : null));
        }

        return new MediaScores(rows, errors, images, imageSeconds, videoLength, videoSeconds, falsePairs, indexMisses);
    }
}
