using System.Diagnostics;
using System.Text.Json;
using Vigil.Storage.Tests.Evidence;

namespace Vigil.Cli.Tests.Bundles;

/// <summary><c>vigil export bundle</c> and <c>vigil verify-bundle</c>, and the bundle's own checks (sha256sum, Python).</summary>
public sealed class BundleCommandTests : CliTest
{
    [Fact]
    public async Task A_bundle_verifies_with_vigil_sha256sum_and_its_python_script()
    {
        await IngestAsync();
        var bundle = Path.Combine(Folder, "bundle");

        var export = await RunAsync("export", "bundle", "-o", bundle);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.StartsWith("2 incidents, 2 mentions, 2 reports, 1 evidence file, 0 media links written to ", export.OutputLines[0]);
        Assert.Equal(0, (await RunAsync("verify-bundle", bundle)).ExitCode);
        Assert.Equal((0, "OK"), Run("python3", bundle, Path.Combine(bundle, "verify_bundle.py"), ".") is var p ? (p.Code, p.Output[..2]) : default);
        Assert.Equal(0, Run("sha256sum", bundle, "-c", "--quiet", "manifest-sha256.txt").Code);
        Assert.Equal(0, Run("sha256sum", bundle, "-c", "--quiet", "tagmanifest-sha256.txt").Code);

        // Every mention carries its evidence span and the field spans inside it, with their text.
        using var records = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "data", "records", "incidents.json")));
        var izeh = records.RootElement.EnumerateArray().Single(i => i.GetProperty("place").GetString() == "Izeh");
        var mention = izeh.GetProperty("mentions")[0];
        Assert.Equal("Hengaw", mention.GetProperty("source").GetString());
        Assert.Contains("killed 3 protesters in Izeh", mention.GetProperty("evidence").GetProperty("text").GetString());
        Assert.Contains(mention.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "place" && f.GetProperty("text").GetString() == "Izeh");
        var reportFile = mention.GetProperty("report_file").GetString()!;
        Assert.Equal(Sha256(File.ReadAllBytes(Path.Combine(bundle, reportFile))), mention.GetProperty("report_sha256").GetString());
    }

    [Fact]
    public async Task One_flipped_byte_in_any_file_fails_both_checks_naming_the_file()
    {
        await IngestAsync();
        var bundle = Path.Combine(Folder, "bundle");
        Assert.Equal(0, (await RunAsync("export", "bundle", "-o", bundle)).ExitCode);
        var script = Path.Combine(Folder, "verify_bundle.py");
        File.Copy(Path.Combine(bundle, "verify_bundle.py"), script);
        var files = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(bundle, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 14, string.Join(", ", files));

        foreach (var file in files)
        {
            var copy = CopyBundle(bundle, "flipped");
            var path = Path.Combine(copy, file);
            var bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(path, bytes);

            var vigil = await RunAsync("verify-bundle", copy);
            var python = Run("python3", copy, script, copy);

            Assert.True(vigil.ExitCode == 1 && vigil.Output.Contains(file, StringComparison.Ordinal), $"{file}: {vigil}");
            Assert.True(python.Code == 1 && python.Output.Contains(file, StringComparison.Ordinal), $"{file}: {python.Output}");
        }
    }

    [Fact]
    public async Task A_removed_file_an_added_file_and_an_edited_record_fail_both_checks_naming_the_file()
    {
        await IngestAsync();
        var bundle = Path.Combine(Folder, "bundle");
        Assert.Equal(0, (await RunAsync("export", "bundle", "-o", bundle)).ExitCode);
        var text = Path.GetRelativePath(bundle, Directory.EnumerateFiles(Path.Combine(bundle, "data", "texts")).First()).Replace('\\', '/');

        var removed = CopyBundle(bundle, "removed");
        File.Delete(Path.Combine(removed, text));
        await AssertBothFailAsync(removed, $"{text}: missing (listed in manifest-sha256.txt)");

        var added = CopyBundle(bundle, "added");
        File.WriteAllText(Path.Combine(added, "data", "records", "extra.json"), "[]");
        await AssertBothFailAsync(added, "data/records/extra.json: not in manifest-sha256.txt");

        var edited = CopyBundle(bundle, "edited");
        var records = Path.Combine(edited, "data", "records", "incidents.json");
        File.WriteAllText(records, File.ReadAllText(records).Replace("\"status\": \"unreviewed\"", "\"status\": \"confirmed\"", StringComparison.Ordinal));
        await AssertBothFailAsync(edited, "data/records/incidents.json: checksum mismatch (manifest-sha256.txt line ");

        // Editing the record and its manifest line as well is caught by the tag manifest.
        var manifest = Path.Combine(edited, "manifest-sha256.txt");
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Select(l => l.EndsWith("  data/records/incidents.json", StringComparison.Ordinal) ? $"{Sha256(File.ReadAllBytes(records))}  data/records/incidents.json" : l));
        await AssertBothFailAsync(edited, "manifest-sha256.txt: checksum mismatch (tagmanifest-sha256.txt line ");
    }

    [Fact]
    public async Task The_public_profile_withholds_testimony_file_names_unconfirmed_records_and_location_metadata()
    {
        var ids = await IngestAsync();
        Assert.Equal(0, (await RunAsync("incident", ids["Izeh"], "--confirm")).ExitCode);
        var bundle = Path.Combine(Folder, "public.zip");

        var export = await RunAsync("export", "bundle", "--for", "public", "-o", bundle);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.StartsWith("1 incident, 1 mention, 1 report, 1 evidence file, 0 media links", export.OutputLines[0]);
        Assert.Contains(export.OutputLines, l => l.StartsWith("withheld: 1 incident(s) not confirmed by an editor", StringComparison.Ordinal));
        Assert.Equal(0, (await RunAsync("verify-bundle", bundle)).ExitCode);

        var folder = Path.Combine(Folder, "public");
        System.IO.Compression.ZipFile.ExtractToDirectory(bundle, folder);
        Assert.Equal(0, Run("python3", folder, "verify_bundle.py", ".").Code);
        var everything = string.Concat(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f) + "\n" + File.ReadAllText(f, System.Text.Encoding.Latin1)));
        Assert.DoesNotContain("maryam", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Babol", everything);
        Assert.DoesNotContain("TestCam", everything);
        Assert.DoesNotContain("GPS", everything);
        Assert.Contains("not confirmed by an editor", File.ReadAllText(Path.Combine(folder, "data", "withheld.txt")));
        var photo = Directory.EnumerateFiles(Path.Combine(folder, "data", "evidence")).Single();
        Assert.Equal([0xFF, 0xD8], File.ReadAllBytes(photo)[..2]);
    }

    [Fact]
    public async Task Media_attached_to_an_incident_travel_in_the_bundle_and_a_forged_link_fails_both_checks()
    {
        var ids = await IngestAsync();
        var photo = Sha256(File.ReadAllBytes(Path.Combine(Input, "hengaw-izeh.jpg")));
        Assert.Equal(0, (await RunAsync("media", "attach", ids["Izeh"], photo, "--actor", "cli:editor-ana")).ExitCode);
        var bundle = Path.Combine(Folder, "bundle");

        var export = await RunAsync("export", "bundle", "-o", bundle);

        Assert.StartsWith("2 incidents, 2 mentions, 2 reports, 1 evidence file, 1 media link written to ", export.OutputLines[0]);
        Assert.Equal(0, (await RunAsync("verify-bundle", bundle)).ExitCode);
        Assert.Equal(0, Run("python3", bundle, "verify_bundle.py", ".").Code);
        var link = Assert.Single(Vigil.Storage.Bundles.VerifyBundle.MediaLinks(bundle));
        Assert.Equal((Guid.Parse(ids["Izeh"]), photo, "cli:editor-ana"), (link.Incident, link.EvidenceId, link.LinkedBy));
        Assert.Equal([photo], link.MediaItem);
        using (var media = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "data", "records", "media.json"))))
        {
            var file = media.RootElement[0].GetProperty("media_item")[0];
            Assert.Equal($"data/evidence/{photo}.jpg", file.GetProperty("file").GetString());
            Assert.Equal("hengaw-izeh.jpg", file.GetProperty("original_file_name").GetString());
        }

        // A link the chain never recorded, with both manifests rewritten to match: the audit check still catches it.
        var forged = CopyBundle(bundle, "forged");
        var other = new string('e', 64);
        Rewrite(forged, "data/records/media.json", File.ReadAllText(Path.Combine(forged, "data", "records", "media.json")).Replace(photo, other, StringComparison.Ordinal));
        await AssertBothFailAsync(forged, $"data/records/media.json: media link {ids["Izeh"]}/{other} is not recorded as attached by the audit segment");

        // Taken off again: the next bundle carries no link.
        Assert.Equal(0, (await RunAsync("media", "detach", ids["Izeh"], photo)).ExitCode);
        var later = Path.Combine(Folder, "later");
        Assert.Equal(0, (await RunAsync("export", "bundle", "-o", later)).ExitCode);
        Assert.Empty(Vigil.Storage.Bundles.VerifyBundle.MediaLinks(later));
    }

    [Fact]
    public async Task A_bundle_carries_every_file_of_an_attached_media_item_and_the_public_one_withholds_those_of_unpublished_reports()
    {
        // One picture three times: with Hengaw's report (in the bundle), with a witness's report about another
        // incident (outside a bundle of killings), and alone (a re-post stored without a report).
        var set = Path.Combine(Folder, "set");
        Vigil.Cli.Bench.MediaSetGenerator.Write(set, images: 1, videos: 0, seed: 5, withFfmpeg: false);
        byte[] Copy(string transform) => File.ReadAllBytes(Directory.EnumerateFiles(set, $"img000-{transform}.jpg", SearchOption.AllDirectories).Single());
        WriteInput("hengaw-izeh.jpg", Copy("original"));
        WriteInput("witness-maryam.jpg", Copy("crop-10-side"));
        WriteInput("channel-repost.jpg", Copy("watermark"));
        var ids = await IngestAsyncWithoutPhoto();
        var photo = Sha256(Copy("original"));
        var copies = new[] { Sha256(Copy("crop-10-side")), Sha256(Copy("watermark")) };
        Assert.Equal(0, (await RunAsync("media", "attach", ids["Izeh"], photo)).ExitCode);
        Assert.Equal(0, (await RunAsync("incident", ids["Izeh"], "--confirm")).ExitCode);

        var full = Path.Combine(Folder, "full");
        var export = await RunAsync("export", "bundle", "--type", "killing", "-o", full);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.StartsWith("1 incident, 1 mention, 1 report, 3 evidence files, 1 media link", export.OutputLines[0]);
        Assert.Equal(0, (await RunAsync("verify-bundle", full)).ExitCode);
        Assert.Equal(0, Run("python3", full, "verify_bundle.py", ".").Code);
        var link = Assert.Single(Vigil.Storage.Bundles.VerifyBundle.MediaLinks(full));
        Assert.Equal(new[] { photo }.Concat(copies).Order(StringComparer.Ordinal), link.MediaItem.Order(StringComparer.Ordinal));
        foreach (var sha in link.MediaItem)
        {
            var copy = link.Copies[sha]!;
            Assert.Equal(sha, Sha256(File.ReadAllBytes(Path.Combine(full, copy))));
        }

        using (var media = JsonDocument.Parse(File.ReadAllText(Path.Combine(full, "data", "records", "media.json"))))
        {
            var files = media.RootElement[0].GetProperty("media_item").EnumerateArray().ToDictionary(f => f.GetProperty("sha256").GetString()!);
            Assert.Equal("2022-11-17", files[photo].GetProperty("report_published").GetString());
            Assert.Equal("witness-maryam.jpg", files[copies[0]].GetProperty("original_file_name").GetString());
            Assert.Equal(JsonValueKind.Null, files[copies[1]].GetProperty("report_sha256").ValueKind);
        }

        // Pointing a file of the item at another file's bytes, with both manifests rewritten, fails both checks.
        var swapped = CopyBundle(full, "swapped");
        Rewrite(swapped, "data/records/media.json", File.ReadAllText(Path.Combine(swapped, "data", "records", "media.json")).Replace($"data/evidence/{copies[1]}.jpg", $"data/evidence/{copies[0]}.jpg", StringComparison.Ordinal));
        await AssertBothFailAsync(swapped, $"data/records/media.json: file {copies[1]} of media link {ids["Izeh"]}/{photo}: data/evidence/{copies[0]}.jpg is a copy of another file");

        // Publicly: the witness's copy and the re-post without a report are withheld, their hashes kept and listed.
        var bundle = Path.Combine(Folder, "public");
        export = await RunAsync("export", "bundle", "--type", "killing", "--for", "public", "-o", bundle);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(0, (await RunAsync("verify-bundle", bundle)).ExitCode);
        Assert.Equal(0, Run("python3", bundle, "verify_bundle.py", ".").Code);
        var shown = Assert.Single(Vigil.Storage.Bundles.VerifyBundle.MediaLinks(bundle));
        Assert.NotNull(shown.Copies[photo]);
        Assert.All(copies, c => Assert.Null(shown.Copies[c]));
        var withheld = File.ReadAllText(Path.Combine(bundle, "data", "withheld.txt"));
        Assert.All(copies, c => Assert.Contains(c, withheld, StringComparison.Ordinal));
        var everything = string.Concat(Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f) + "\n" + File.ReadAllText(f, System.Text.Encoding.Latin1)));
        Assert.DoesNotContain("maryam", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("repost", everything, StringComparison.OrdinalIgnoreCase);

        // A withheld file of the item that withheld.txt does not list fails both checks.
        var hidden = CopyBundle(bundle, "hidden");
        Rewrite(hidden, "data/withheld.txt", withheld.Replace(copies[1], new string('0', 64), StringComparison.Ordinal));
        await AssertBothFailAsync(hidden, $"data/records/media.json: file {copies[1]} of media link {ids["Izeh"]}/{photo} is neither in the bundle nor listed in withheld.txt");
    }

    // Replaces a payload file and fixes both manifests, as someone covering their tracks would.
    private static void Rewrite(string bundle, string file, string content)
    {
        File.WriteAllText(Path.Combine(bundle, file), content);
        foreach (var (manifest, name) in new[] { ("manifest-sha256.txt", file), ("tagmanifest-sha256.txt", "manifest-sha256.txt") })
        {
            var path = Path.Combine(bundle, manifest);
            File.WriteAllLines(path, File.ReadAllLines(path).Select(l => l.EndsWith("  " + name, StringComparison.Ordinal) ? $"{Sha256(File.ReadAllBytes(Path.Combine(bundle, name)))}  {name}" : l));
        }
    }

    private async Task<Dictionary<string, string>> IngestAsync()
    {
        WriteInput("hengaw-izeh.jpg", ExifJpeg.WithGps());
        return await IngestAsyncWithoutPhoto();
    }

    private async Task<Dictionary<string, string>> IngestAsyncWithoutPhoto()
    {
        WriteInput("hengaw-izeh.txt", "---\noutlet: Hengaw\npublished: 2022-11-17\n---\nSecurity forces killed 3 protesters in Izeh on 2022-11-16, Hengaw said.\n");
        WriteInput("witness-maryam.txt", "Police arrested 8 students in Babol on 2022-10-02.\n");
        var ingest = await RunAsync("ingest", Input);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var export = await RunAsync("export", "incidents", "--format", "json");
        using var json = JsonDocument.Parse(export.Output);
        return json.RootElement.GetProperty("incidents").EnumerateArray().ToDictionary(i => i.GetProperty("place").GetString()!, i => i.GetProperty("id").GetString()!);
    }

    private async Task AssertBothFailAsync(string bundle, string problem)
    {
        var vigil = await RunAsync("verify-bundle", bundle);
        Assert.True(vigil.ExitCode == 1 && vigil.OutputLines.Any(l => l.StartsWith("FAILED: " + problem, StringComparison.Ordinal)), vigil.ToString());
        var python = Run("python3", bundle, Path.Combine(bundle, "verify_bundle.py"), bundle);
        Assert.True(python.Code == 1 && python.Output.Contains("FAILED: " + problem, StringComparison.Ordinal), python.Output);
    }

    private string CopyBundle(string bundle, string name)
    {
        var copy = Path.Combine(Folder, name + "-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(bundle, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private static (int Code, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
