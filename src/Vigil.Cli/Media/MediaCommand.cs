using System.CommandLine;
using Vigil.Cli.Store;
using Vigil.Storage;
using Vigil.Storage.Incidents;
using Vigil.Storage.Media;

namespace Vigil.Cli.Media;

/// <summary><c>vigil media</c>: fingerprint older evidence, list media items (the same picture or footage across reports), attach them to incidents.</summary>
internal static class MediaCommand
{
    public static Command Create(CliConsole console)
    {
        var media = new Command("media", "Photos and videos: perceptual fingerprints, the same picture or footage across reports, media linked to incidents");
        media.Subcommands.Add(Fingerprint(console));
        media.Subcommands.Add(Duplicates(console));
        media.Subcommands.Add(Link(console, attach: true));
        media.Subcommands.Add(Link(console, attach: false));
        return media;
    }

    private static Command Fingerprint(CliConsole console)
    {
        var retry = new Option<bool>("--retry") { Description = "Also try again the files whose earlier attempt failed (e.g. videos stored before ffmpeg was installed)" };
        var command = new Command("fingerprint", "Fingerprint the evidence files that have no fingerprint yet (stores that predate fingerprints) and put them into media items") { retry };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var reader = new MediaReader();
            if (!reader.CanReadVideo)
            {
                console.Error.WriteLine("note: " + MediaReader.NoFfmpegNotice);
            }

            var (done, failed, grouped) = await new FingerprintEvidence(store.Db, store.Blobs, reader, TimeProvider.System)
                .RunAsync(parse.GetValue(retry), (name, outcome) => console.Output.WriteLine($"{name}: {outcome}"), cancellationToken);
            console.Output.WriteLine($"{done} fingerprinted, {failed} not fingerprinted, {grouped} put into media items");
            return 0;
        });
        return command;
    }

    private static Command Duplicates(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per media item (one line each)" };
        var command = new Command("duplicates", "List media items: evidence files showing the same picture or footage, earliest report first") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var items = await new FindMediaItems(store.Db).AllAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                foreach (var item in items)
                {
                    console.Output.WriteLine(JsonLines.Serialize(new
                    {
                        id = item.Id,
                        earliest_report = item.Files[0].ReportId,
                        earliest_date = item.Files[0].Earliest.ToString("yyyy-MM-dd"),
                        files = item.Files.Select(f => new
                        {
                            name = f.FileName,
                            sha256 = f.EvidenceId,
                            kind = f.IsVideo ? "video" : "image",
                            report = f.ReportId,
                            published = f.Published?.ToString("yyyy-MM-dd"),
                            matched = f.MatchedEvidenceId,
                            distance = f.Distance,
                            frames = f.Frames.Select(p => new { at = p.Seconds, other_at = p.OtherSeconds, distance = p.Distance }),
                        }),
                    }));
                }

                return 0;
            }

            if (items.Count == 0)
            {
                console.Output.WriteLine("no two evidence files show the same picture or footage");
                return 0;
            }

            foreach (var item in items)
            {
                console.Output.WriteLine($"media item {item.Id[..12]}: {item.Files.Count} files, earliest {item.Files[0].Earliest:yyyy-MM-dd}");
                foreach (var file in item.Files)
                {
                    var match = file.Distance is { } d ? $"distance {d} to {file.MatchedEvidenceId![..12]}" + (file.IsVideo && file.Frames.Count > 0 ? $", {file.Frames.Count} frames match" : string.Empty) : "first";
                    console.Output.WriteLine($"  {file.EvidenceId[..12]}  {file.FileName}  report {file.ReportId?[..12] ?? "-"}  {file.Earliest:yyyy-MM-dd}  {match}");
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Link(CliConsole console, bool attach)
    {
        var incident = new Argument<string>("incident") { Description = "Incident id (or its last 12 hex digits, as lists show)" };
        var evidence = new Argument<string>("evidence") { Description = "Evidence file id (SHA-256, or its first 12 hex digits as vigil media duplicates shows) of any file of the media item" };
        var command = new Command(attach ? "attach" : "detach", attach ? "Attach a media item to an incident (an audited editor's action)" : "Take a media item off an incident") { incident, evidence };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var incidentId = await IncidentIds.ResolveAsync(store.Db, parse.GetValue(incident), "incident", cancellationToken);
            if (!incidentId.Succeeded)
            {
                return console.Fail(incidentId.Result);
            }

            var evidenceId = await ShortIds.ResolveHashAsync(store.Db.Evidence.Select(e => e.Id), "evidence file", parse.GetValue(evidence), "evidence", cancellationToken);
            if (!evidenceId.Succeeded)
            {
                return console.Fail(evidenceId.Result);
            }

            var link = new LinkMedia(store.Db, TimeProvider.System);
            var actor = GlobalOptions.ActorOf(parse, console);
            var outcome = attach
                ? await link.AttachAsync(incidentId.Value, evidenceId.Value!, actor, cancellationToken)
                : await link.DetachAsync(incidentId.Value, evidenceId.Value!, actor, cancellationToken);
            if (!outcome.Succeeded)
            {
                return console.Fail(outcome);
            }

            console.Output.WriteLine(attach ? "attached" : "detached");
            return 0;
        });
        return command;
    }
}
