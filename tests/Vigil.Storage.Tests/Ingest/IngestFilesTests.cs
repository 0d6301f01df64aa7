using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Ingest;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Ingest;

/// <summary>What <see cref="IngestFiles"/> writes: rows, blobs and audit entries, on every provider.</summary>
public abstract class IngestFilesTests : StoreTest
{
    private const string TehranBody =
        "Security forces dispersed a rally of retired teachers outside parliament on Thursday.\n" +
        "Witnesses said at least 12 people were detained.\n";

    private const string TehranReport =
        "---\n" +
        "title: Security forces disperse teachers rally in Tehran\n" +
        "outlet: Example News\n" +
        "published: 2024-03-01\n" +
        "url: https://example.org/reports/1\n" +
        "language: EN\n" +
        "---\n" +
        TehranBody;

    [StoreFact]
    public async Task An_in_memory_report_takes_the_same_path_as_a_file_and_its_given_metadata_wins()
    {
        var bytes = Encoding.UTF8.GetBytes(TehranReport);
        var given = new Core.Reports.ReportMetadata("Teachers' rally dispersed", "Other Agency", null, null, null);

        var outcomes = new List<IngestOutcome>();
        await using (var db = OpenDb())
        {
            await new IngestFiles(db, Blobs, Clock).RunAsync([new IngestItem("web-1.txt", bytes, given)], Actor, outcomes.Add);
        }

        var outcome = Assert.Single(outcomes);
        Assert.Equal((IngestStatus.Stored, Sha256(bytes), (long)bytes.Length, "web-1.txt"), (outcome.Status, outcome.Id, outcome.Bytes, outcome.Path));
        await using (var db = OpenDb())
        {
            var report = await db.Reports.Include(r => r.Source).SingleAsync();
            Assert.Equal(("web-1.txt", "Teachers' rally dispersed", "Other Agency", new DateOnly(2024, 3, 1), "https://example.org/reports/1", "en"), (report.FileName, report.Title, report.Source!.Name, report.Published, report.Url, report.Language));
            Assert.Equal(TehranBody, report.Body);
        }

        Assert.Equal(bytes, File.ReadAllBytes(Blobs.PathOf(Sha256(bytes))));
        Assert.True((await VerifyAsync()).Ok);

        // The same bytes from a file are the same report.
        Assert.Equal(IngestStatus.AlreadyStored, Assert.Single(await IngestAsync(WriteInput("tehran-rally.txt", TehranReport))).Status);
    }

    [StoreFact]
    public async Task In_memory_evidence_is_attached_to_the_report_it_names_and_bad_items_fail_with_the_reason()
    {
        var outcomes = new List<IngestOutcome>();
        await using (var db = OpenDb())
        {
            var ingest = new IngestFiles(db, Blobs, Clock, new IngestOptions { MaxReportBytes = 1000 });
            await ingest.RunAsync([new IngestItem("a.txt", Encoding.UTF8.GetBytes(TehranBody))], Actor, outcomes.Add);
            await ingest.RunAsync(
                [
                    new IngestItem("photo.png", TinyImages.Png3x2, ReportId: outcomes[0].Id),
                    new IngestItem("notes.docx", new byte[] { 1, 2, 3 }),
                    new IngestItem("big.txt", new byte[2000]),
                    new IngestItem("empty.jpg", Array.Empty<byte>()),
                ],
                Actor,
                outcomes.Add);
        }

        Assert.Equal(
            [
                ("a.txt", IngestStatus.Stored, null),
                ("notes.docx", IngestStatus.Failed, "unsupported file type '.docx' (reports: .txt .md .html .htm; evidence: .jpg .jpeg .png .webp .mp4 .mov .mp3 .pdf)"),
                ("big.txt", IngestStatus.Failed, Core.Reports.ReportLimits.TooLarge(2000, 1000).ToString()),
                ("photo.png", IngestStatus.Stored, $"attached to report {outcomes[0].Id![..12]}"),
                ("empty.jpg", IngestStatus.Failed, "empty file"),
            ],
            outcomes.Select(o => (o.Path, o.Status, o.Status == IngestStatus.Stored ? o.Message?.Split(';')[0] : o.Message))); // without the fingerprint note
        await using var check = OpenDb();
        var evidence = await check.Evidence.SingleAsync();
        Assert.Equal((outcomes[0].Id, "photo.png", "image/png"), (evidence.ReportId, evidence.FileName, evidence.MediaType));
        Assert.Contains("\"PNG-IHDR\"", evidence.MetadataJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\"File\"", evidence.MetadataJson, StringComparison.Ordinal);
        Assert.True((await VerifyAsync()).Ok);
    }

    [StoreFact]
    public async Task Stores_a_report_with_its_source_blob_and_audit_entry()
    {
        var path = WriteInput("tehran-rally.txt", TehranReport);
        var bytes = File.ReadAllBytes(path);
        var id = Sha256(bytes);

        var outcomes = await IngestAsync(path);

        var outcome = Assert.Single(outcomes);
        Assert.Equal((IngestStatus.Stored, id, (long)bytes.Length), (outcome.Status, outcome.Id, outcome.Bytes));

        await using var db = OpenDb();
        var report = await db.Reports.SingleAsync();
        var source = await db.Sources.SingleAsync();
        Assert.Equal(id, report.Id);
        Assert.Equal("tehran-rally.txt", report.FileName);
        Assert.Equal("text", report.Format);
        Assert.Equal("Security forces disperse teachers rally in Tehran", report.Title);
        Assert.Equal(new DateOnly(2024, 3, 1), report.Published);
        Assert.Equal("https://example.org/reports/1", report.Url);
        Assert.Equal("en", report.Language);
        Assert.Equal(TehranBody, report.Body);
        Assert.Equal(20, report.WordCount);
        Assert.Equal(bytes.Length, report.ByteLength);
        Assert.Equal(StoredAt, report.IngestedAt);
        Assert.Equal(source.Id, report.SourceId);
        Assert.Equal(("Example News", "example news"), (source.Name, source.Key));

        Assert.Equal(bytes, File.ReadAllBytes(Blobs.PathOf(id)));
        Assert.Equal(Path.Combine(Blobs.Root, id[..2], id[2..4], id), Blobs.PathOf(id));

        var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.Equal((1L, "source.created", "source", source.Id.ToString()), (entries[0].Sequence, entries[0].Action, entries[0].SubjectType, entries[0].SubjectId));
        var stored = entries[1];
        Assert.Equal((2L, "report.stored", "report", id, Actor), (stored.Sequence, stored.Action, stored.SubjectType, stored.SubjectId, stored.Actor));
        Assert.Equal(StoredAt, stored.At);

        // The payload and chain formats are pinned by hand: changing either would make every
        // existing store fail verification.
        var payload = string.Concat(
            "{\"type\":\"report\",",
            $"\"id\":\"{id}\",",
            $"\"source_id\":\"{source.Id}\",",
            "\"file_name\":\"tehran-rally.txt\",",
            "\"format\":\"text\",",
            "\"title\":\"Security forces disperse teachers rally in Tehran\",",
            "\"published\":\"2024-03-01\",",
            "\"url\":\"https://example.org/reports/1\",",
            "\"language\":\"en\",",
            $"\"body_sha256\":\"{Sha256(TehranBody)}\",",
            "\"word_count\":20,",
            $"\"byte_length\":{bytes.Length}}}");
        Assert.Equal(Sha256(payload), stored.PayloadHash);
        Assert.Equal(AuditChain.GenesisHash, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, stored.PreviousHash);
        Assert.Equal(
            Sha256($"2\n2026-03-08T09:30:15.123456Z\n{Actor}\nreport.stored\nreport\n{id}\n{stored.PayloadHash}\n{entries[0].Hash}"),
            stored.Hash);
    }

    [StoreFact]
    public async Task Links_reports_naming_the_same_outlet_differently_to_one_source()
    {
        var first = WriteInput("a.txt", "---\noutlet: Example News\n---\nFirst report.\n");
        var second = WriteInput("b.md", "---\noutlet: '  EXAMPLE   news '\n---\nSecond report.\n");

        await IngestAsync(first);
        await IngestAsync(second);

        await using var db = OpenDb();
        var source = await db.Sources.SingleAsync();
        Assert.Equal("Example News", source.Name);
        var reports = await db.Reports.OrderBy(r => r.FileName).ToListAsync();
        Assert.Equal(["a.txt", "b.md"], reports.Select(r => r.FileName));
        Assert.Equal(["text", "markdown"], reports.Select(r => r.Format));
        Assert.All(reports, r => Assert.Equal(source.Id, r.SourceId));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "source.created"));
    }

    [StoreFact]
    public async Task Same_bytes_again_are_already_stored_and_write_nothing()
    {
        var path = WriteInput("tehran-rally.txt", TehranReport);
        var copy = WriteInput("copies/renamed.txt", TehranReport);
        await IngestAsync(path);
        var blobsBefore = Blobs.HashInOrder().Count();

        var again = await IngestAsync(path, copy);

        Assert.Equal([IngestStatus.AlreadyStored, IngestStatus.AlreadyStored], again.Select(o => o.Status));
        Assert.All(again, o => Assert.Equal("already stored", o.Message));
        await using var db = OpenDb();
        Assert.Equal(1, await db.Reports.CountAsync());
        Assert.Equal(1, await db.Sources.CountAsync());
        Assert.Equal(2, await db.AuditEntries.CountAsync());
        Assert.Equal(blobsBefore, Blobs.HashInOrder().Count());
        Assert.Equal("tehran-rally.txt", (await db.Reports.SingleAsync()).FileName);
    }

    [StoreFact]
    public async Task Same_bytes_twice_in_one_run_are_stored_once()
    {
        var a = WriteInput("a.txt", "Identical text.\n");
        var b = WriteInput("b.txt", "Identical text.\n");

        var outcomes = await IngestAsync(a, b);

        Assert.Equal([IngestStatus.Stored, IngestStatus.AlreadyStored], outcomes.Select(o => o.Status));
        await using var db = OpenDb();
        Assert.Equal(1, await db.Reports.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }

    [StoreFact]
    public async Task Attaches_evidence_to_the_report_with_the_same_base_name()
    {
        var report = WriteInput("tehran-rally.txt", TehranReport);
        var png = WriteInput("tehran-rally.png", TinyImages.Png3x2);
        var jpg = WriteInput("tehran-rally.jpg", TinyImages.Jpeg5x4);
        var loose = WriteInput("unrelated.png", TinyImages.Png3x2.Concat(new byte[] { 0 }).ToArray());

        // Evidence named first on purpose: reports are written first whatever the order given.
        var outcomes = await IngestAsync(png, jpg, loose, report);

        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Stored, o.Status));
        var reportId = Sha256(File.ReadAllBytes(report));
        Assert.Equal(reportId, outcomes[0].Id);
        await using var db = OpenDb();
        var evidence = await db.Evidence.OrderBy(e => e.FileName).ToListAsync();
        Assert.Equal(["tehran-rally.jpg", "tehran-rally.png", "unrelated.png"], evidence.Select(e => e.FileName));
        Assert.Equal([reportId, reportId, null], evidence.Select(e => e.ReportId));
        Assert.Equal(["image/jpeg", "image/png", "image/png"], evidence.Select(e => e.MediaType));
        Assert.Equal([TinyImages.Jpeg5x4.Length, TinyImages.Png3x2.Length, TinyImages.Png3x2.Length + 1], evidence.Select(e => e.ByteLength));
        Assert.Equal(Sha256(TinyImages.Png3x2), evidence[1].Id);
        Assert.Equal(TinyImages.Png3x2, File.ReadAllBytes(Blobs.PathOf(evidence[1].Id)));
        Assert.Equal(TinyImages.Jpeg5x4, File.ReadAllBytes(Blobs.PathOf(evidence[0].Id)));

        Assert.Equal("3", MetadataTag(evidence[1].MetadataJson, "PNG-IHDR", "Image Width"));
        Assert.Equal("2", MetadataTag(evidence[1].MetadataJson, "PNG-IHDR", "Image Height"));
        Assert.StartsWith("5", MetadataTag(evidence[0].MetadataJson, "JPEG", "Image Width"));
        Assert.StartsWith("4", MetadataTag(evidence[0].MetadataJson, "JPEG", "Image Height"));

        var withEvidence = await db.Reports.Include(r => r.Evidence).SingleAsync();
        Assert.Equal(2, withEvidence.Evidence.Count);
        var stored = await db.AuditEntries.Where(e => e.Action == "evidence.stored").OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(3, stored.Count);
        Assert.Equal(evidence.Select(e => AuditPayload.HashOf(e)).Order(), stored.Select(e => e.PayloadHash).Order());
    }

    [StoreFact]
    public async Task Attaches_evidence_to_a_report_stored_in_an_earlier_run()
    {
        var report = WriteInput("tehran-rally.txt", TehranReport);
        await IngestAsync(report);
        var png = WriteInput("later/tehran-rally.png", TinyImages.Png3x2);

        var outcome = Assert.Single(await IngestAsync(png));

        var reportId = Sha256(File.ReadAllBytes(report));
        // Ingest fingerprints every photo; a 3 × 2 picture has too little in it to match, and says so.
        Assert.Equal($"attached to report {reportId[..12]}; not fingerprinted: the picture is one flat tone: nothing to match", outcome.Message);
        await using var db = OpenDb();
        Assert.Equal(reportId, (await db.Evidence.SingleAsync()).ReportId);
        Assert.Equal(outcome.Id, (await db.EvidenceFingerprints.SingleAsync()).EvidenceId);
    }

    [StoreFact]
    public async Task Bad_inputs_fail_with_the_problem_named_and_write_nothing_while_the_rest_is_stored()
    {
        var good = WriteInput("good.txt", "Protesters gathered in the square.\n");
        var bad = new (string Path, string Problem)[]
        {
            (WriteInput("empty.txt", []), "empty file"),
            (WriteInput("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x00]), "binary content (NUL bytes), not a text report"),
            (WriteInput("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners were arrested.\n")), "not valid UTF-8 (bad byte at offset 3)"),
            (WriteInput("bad-date.txt", "---\ntitle: Rally\npublished: 2024-13-45\n---\nBody.\n"), "front matter line 3: 'published' is not a date in the form YYYY-MM-DD: '2024-13-45'"),
            (WriteInput("unclosed.txt", "---\ntitle: Rally\npublished: 2024-03-01\nThe body never follows a closing line.\n"), "front matter: block opened with '---' on line 1 is never closed"),
            (WriteInput("empty.png", []), "empty file"),
            (WriteInput("notes.docx", "not a report"), "unsupported file type '.docx'"),
            (Path.Combine(Input, "missing.txt"), "no such file or folder"),
        };
        var alsoGood = WriteInput("z-last.md", "Another report, after the bad ones.\n");

        var outcomes = await IngestAsync([good, .. bad.Select(b => b.Path), alsoGood]);

        Assert.Equal(bad.Length + 2, outcomes.Count);
        foreach (var (path, problem) in bad)
        {
            var outcome = Assert.Single(outcomes, o => o.Path == path);
            Assert.Equal(IngestStatus.Failed, outcome.Status);
            Assert.StartsWith(problem, outcome.Message);
        }

        Assert.Equal(
            [(good, IngestStatus.Stored), (alsoGood, IngestStatus.Stored)],
            outcomes.Where(o => o.Status != IngestStatus.Failed).Select(o => (o.Path, o.Status)));

        await using var db = OpenDb();
        Assert.Equal(["good.txt", "z-last.md"], await db.Reports.OrderBy(r => r.FileName).Select(r => r.FileName).ToListAsync());
        Assert.Equal(0, await db.Evidence.CountAsync());
        Assert.Equal(2, await db.AuditEntries.CountAsync());
        var goodIds = new[] { good, alsoGood }.Select(p => Sha256(File.ReadAllBytes(p))).Order().ToList();
        Assert.Equal(goodIds, Blobs.HashInOrder().Select(b => b.Id).Order());
        Assert.Equal(goodIds, (await db.AuditEntries.Select(e => e.SubjectId).ToListAsync()).Order());
        Assert.Empty(Directory.EnumerateFiles(Blobs.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [StoreFact]
    public async Task Walks_folders_recursively_and_reports_every_file_it_skips()
    {
        WriteInput("2024/03/a.txt", "First.\n");
        WriteInput("2024/04/b.html", "<html><body><article><p>Second.</p></article></body></html>");
        WriteInput("2024/readme.json", "{}");
        WriteInput(".hidden/c.txt", "Hidden.\n");

        var outcomes = await IngestAsync(Input);

        Assert.Equal(
            [(".hidden", IngestStatus.Skipped), ("a.txt", IngestStatus.Stored), ("b.html", IngestStatus.Stored), ("readme.json", IngestStatus.Skipped)],
            outcomes.Select(o => (Path.GetFileName(o.Path), o.Status)).OrderBy(x => x.Item1, StringComparer.Ordinal));
        await using var db = OpenDb();
        Assert.Equal(["First.\n", "Second."], await db.Reports.OrderBy(r => r.FileName).Select(r => r.Body).ToListAsync());
    }

    private static string? MetadataTag(string json, string directory, string tag)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(directory, out var dir) && dir.TryGetProperty(tag, out var value)
            ? value.GetString()
            : throw new Xunit.Sdk.XunitException($"no {directory}/{tag} in {json}");
    }

}
