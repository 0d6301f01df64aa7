using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Vigil.Storage.Audit;

namespace Vigil.Storage.Bundles;

/// <summary>
/// Checks an evidence bundle (a folder or a .zip) the way its <c>verify_bundle.py</c> does: both manifests,
/// files in <c>data/</c> that no manifest lists, the audit segment's chain and head, and that every report and
/// evidence file is named by its SHA-256 and recorded in the chain. Each problem names the file.
/// </summary>
public static class VerifyBundle
{
    /// <summary>The problems found (empty when the bundle checks out) and the head it ends at.</summary>
    public static (List<string> Problems, string? Head) Run(string path)
    {
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var folder = Directory.CreateTempSubdirectory("vigil-bundle-").FullName;
            try
            {
                try
                {
                    ZipFile.ExtractToDirectory(path, folder);
                }
                catch (InvalidDataException ex)
                {
                    return ([$"{path}: not a readable zip file ({ex.Message})"], null);
                }

                return Check(folder);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return Directory.Exists(path) ? Check(path) : ([$"{path}: no such folder or .zip file"], null);
    }

    private static (List<string>, string?) Check(string root)
    {
        var problems = new List<string>();
        if (!File.Exists(Path.Combine(root, "bagit.txt")))
        {
            problems.Add("bagit.txt: missing (not a bundle)");
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in new[] { "tagmanifest-sha256.txt", "manifest-sha256.txt" })
        {
            var path = Path.Combine(root, manifest);
            if (!File.Exists(path))
            {
                problems.Add($"{manifest}: missing");
                continue;
            }

            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                var split = line.IndexOf("  ", StringComparison.Ordinal);
                if (split != 64 || !line[..64].All(Uri.IsHexDigit))
                {
                    problems.Add($"{manifest} line {number}: not 'SHA256  FILE'");
                    continue;
                }

                var name = line[(split + 2)..];
                listed.Add(name);
                var target = Path.Combine(root, name);
                if (!File.Exists(target))
                {
                    problems.Add($"{name}: missing (listed in {manifest})");
                }
                else if (ExportBundle.Sha256Of(target) != line[..split])
                {
                    problems.Add($"{name}: checksum mismatch ({manifest} line {number})");
                }
            }
        }

        foreach (var tag in new[] { "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "README.md", BundleFiles.ScriptName })
        {
            if (!listed.Contains(tag))
            {
                problems.Add($"{tag}: not in tagmanifest-sha256.txt");
            }
        }

        var data = Path.Combine(root, "data");
        if (Directory.Exists(data))
        {
            foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Select(f => ExportBundle.Relative(root, f)).Order(StringComparer.Ordinal))
            {
                if (!listed.Contains(file))
                {
                    problems.Add($"{file}: not in manifest-sha256.txt");
                }
            }
        }

        var subjects = new HashSet<string>(StringComparer.Ordinal);
        var latest = new Dictionary<string, (string Action, string PayloadHash)>(StringComparer.Ordinal);
        (long Sequence, string Hash)? previous = null;
        var segment = Path.Combine(data, "audit", "segment.jsonl");
        if (File.Exists(segment))
        {
            var number = 0;
            foreach (var line in File.ReadLines(segment))
            {
                number++;
                AuditEntry entry;
                try
                {
                    using var json = JsonDocument.Parse(line);
                    var e = json.RootElement;
                    entry = new AuditEntry
                    {
                        Sequence = e.GetProperty("sequence").GetInt64(),
                        At = DateTime.SpecifyKind(DateTime.ParseExact(e.GetProperty("at").GetString()!, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc),
                        Actor = e.GetProperty("actor").GetString()!,
                        Action = e.GetProperty("action").GetString()!,
                        SubjectType = e.GetProperty("subject_type").GetString()!,
                        SubjectId = e.GetProperty("subject_id").GetString()!,
                        PayloadHash = e.GetProperty("payload_hash").GetString()!,
                        PreviousHash = e.GetProperty("previous_hash").GetString()!,
                        Hash = e.GetProperty("hash").GetString()!,
                    };
                }
                catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentNullException)
                {
                    problems.Add($"data/audit/segment.jsonl line {number}: not an audit entry ({ex.Message})");
                    continue;
                }

                if (AuditChain.HashOf(entry) != entry.Hash)
                {
                    problems.Add($"data/audit/segment.jsonl line {number}: entry {entry.Sequence} was edited (its hash does not match its fields)");
                }

                if (previous is { } p && (entry.Sequence != p.Sequence + 1 || entry.PreviousHash != p.Hash))
                {
                    problems.Add($"data/audit/segment.jsonl line {number}: entry {entry.Sequence} does not follow entry {p.Sequence}");
                }

                previous = (entry.Sequence, entry.Hash);
                subjects.Add(entry.SubjectId);
                latest[entry.SubjectId] = (entry.Action, entry.PayloadHash);
            }
        }

        var headFile = Path.Combine(data, "audit", "head.txt");
        var head = File.Exists(headFile) ? File.ReadAllText(headFile).Trim() : null;
        if (previous is { } last && head != $"{last.Sequence}:{last.Hash}")
        {
            problems.Add($"data/audit/head.txt: the head {head} is not the last entry of the segment ({last.Sequence}:{last.Hash})");
        }

        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        var evidenceList = Path.Combine(data, "records", "evidence.json");
        if (File.Exists(evidenceList))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(evidenceList, Encoding.UTF8));
                foreach (var e in json.RootElement.EnumerateArray())
                {
                    originals[e.GetProperty("file").GetString()!] = e.GetProperty("original_sha256").GetString()!;
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add("data/records/evidence.json: not a list of evidence files");
            }
        }

        foreach (var kind in new[] { "reports", "evidence" })
        {
            var folder = Path.Combine(data, kind);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var name = $"data/{kind}/{Path.GetFileName(file)}";
                var digest = ExportBundle.Sha256Of(file);
                if (Path.GetFileName(file).Split('.')[0] != digest)
                {
                    problems.Add($"{name}: not named by its SHA-256 ({digest})");
                }

                if (!subjects.Contains(originals.GetValueOrDefault(name, digest)))
                {
                    problems.Add($"{name}: not recorded by any entry of the audit segment");
                }
            }
        }

        CheckMediaLinks(data, latest, originals, problems);
        return (problems, head);
    }

    /// <summary>
    /// The incident ↔ media item links of a bundle's <c>data/records/media.json</c> (an empty list when it has none):
    /// incident, attached file's SHA-256, who attached it, and the SHA-256 of every file of its media item.
    /// </summary>
    public static IReadOnlyList<BundledMediaLink> MediaLinks(string root)
    {
        var path = Path.Combine(root, "data", "records", "media.json");
        if (!File.Exists(path))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        return json.RootElement.EnumerateArray().Select(l => new BundledMediaLink(
            Guid.Parse(l.GetProperty("incident").GetString()!),
            l.GetProperty("evidence_sha256").GetString()!,
            l.GetProperty("linked_by").GetString()!,
            l.GetProperty("media_item").EnumerateArray().Select(f => f.GetProperty("sha256").GetString()!).ToList())
        {
            Copies = l.GetProperty("media_item").EnumerateArray().GroupBy(f => f.GetProperty("sha256").GetString()!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().TryGetProperty("file", out var file) ? file.GetString() : null, StringComparer.Ordinal),
        }).ToList();
    }

    // Each link must be one the audit chain records as attached, with the same incident, file and editor
    // (the entry's payload hash is recomputed from them), and name an incident of the bundle. Each file of its
    // media item is either in the bundle (a copy of those bytes: named by that SHA-256, or publicly by the hash of
    // the copy without metadata that evidence.json traces to it) or listed in withheld.txt.
    private static void CheckMediaLinks(string data, Dictionary<string, (string Action, string PayloadHash)> latest, Dictionary<string, string> originals, List<string> problems)
    {
        IReadOnlyList<BundledMediaLink> links;
        HashSet<string> incidents;
        try
        {
            links = MediaLinks(Path.GetDirectoryName(data)!);
            using var json = JsonDocument.Parse(File.Exists(Path.Combine(data, "records", "incidents.json")) ? File.ReadAllText(Path.Combine(data, "records", "incidents.json"), Encoding.UTF8) : "[]");
            incidents = json.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentNullException)
        {
            problems.Add($"data/records/media.json: not a list of media links ({ex.Message})");
            return;
        }

        var withheldFile = Path.Combine(data, "withheld.txt");
        var withheld = File.Exists(withheldFile) ? File.ReadAllText(withheldFile, Encoding.UTF8) : string.Empty;
        foreach (var link in links)
        {
            var subject = Media.LinkMedia.SubjectId(link.Incident, link.EvidenceId);
            var expected = Media.LinkMedia.HashOf(new Media.IncidentMedia { IncidentId = link.Incident, EvidenceId = link.EvidenceId, LinkedBy = link.LinkedBy });
            if (!incidents.Contains(link.Incident.ToString()))
            {
                problems.Add($"data/records/media.json: media link {subject} names an incident that is not in the bundle");
            }

            if (!latest.TryGetValue(subject, out var entry) || entry.Action != "media.attached")
            {
                problems.Add($"data/records/media.json: media link {subject} is not recorded as attached by the audit segment");
            }
            else if (entry.PayloadHash != expected)
            {
                problems.Add($"data/records/media.json: media link {subject} differs from the one the audit segment recorded");
            }

            foreach (var (sha256, copy) in link.Copies)
            {
                if (copy is null)
                {
                    if (!withheld.Contains(sha256, StringComparison.Ordinal))
                    {
                        problems.Add($"data/records/media.json: file {sha256} of media link {subject} is neither in the bundle nor listed in withheld.txt");
                    }
                }
                else if (!copy.StartsWith("data/evidence/", StringComparison.Ordinal) || copy.Contains("..", StringComparison.Ordinal) || !File.Exists(Path.Combine(Path.GetDirectoryName(data)!, copy)))
                {
                    problems.Add($"data/records/media.json: file {sha256} of media link {subject}: its copy {copy} is not in data/evidence");
                }
                else if (originals.GetValueOrDefault(copy, Path.GetFileName(copy).Split('.')[0]) != sha256)
                {
                    problems.Add($"data/records/media.json: file {sha256} of media link {subject}: {copy} is a copy of another file");
                }
            }
        }
    }
}
