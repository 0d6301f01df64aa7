using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Ingest;
using Vigil.Storage.Tests.Database;
using Vigil.Storage.Tests.Ingest;

namespace Vigil.Storage.Tests.Audit;

/// <summary>
/// <see cref="VerifyStore"/> passes on an untouched store and finds each kind of change made
/// behind Vigil's back, on every provider. The store: entries 1 source.created (Outlet One),
/// 2 report.stored (a), 3 source.created (Outlet Two), 4 report.stored (b), 5 report.stored (c),
/// 6 evidence.stored (c.png, attached to c).
/// </summary>
public abstract class VerifyStoreTests : StoreTest
{
    private string _a = "";
    private string _b = "";
    private string _c = "";

    [StoreFact]
    public async Task An_empty_store_verifies_with_the_genesis_head()
    {
        var result = await VerifyAsync();

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal((0L, 0L, 0L, 0L, 0L), (result.AuditEntries, result.Rows, result.Blobs, result.BlobBytes, result.HeadSequence));
        Assert.Equal(AuditChain.GenesisHash, result.HeadHash);
    }

    [StoreFact]
    public async Task A_fresh_store_verifies_with_its_counts_and_head()
    {
        await StoreFixtureAsync();

        var result = await VerifyAsync();

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(6, result.AuditEntries);
        Assert.Equal(6, result.Rows);
        Assert.Equal(4, result.Blobs);
        Assert.Equal(Directory.EnumerateFiles(Input).Sum(f => new FileInfo(f).Length), result.BlobBytes);
        Assert.Equal(0, result.OrphanBlobs);
        await using var db = OpenDb();
        var last = await db.AuditEntries.OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal((6L, last.Hash), (result.HeadSequence, result.HeadHash));
    }

    [StoreFact]
    public async Task A_persian_report_with_arabic_letters_digits_and_zwnj_verifies()
    {
        // The search copy folds ي/ك, Persian digits, kashida and ZWNJ; verify compares it with the report folded the same way.
        WriteInput("fa.txt", "---\ntitle: تجمع در كرج\nlanguage: fa\n---\nمعترضان روز ۲۵ آبان در كرج تجمع مي\u200Cكنند و شعار مـیدهند.\n");
        var outcomes = await IngestAsync(Input);
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Stored, o.Status));

        var result = await VerifyAsync();

        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }

    [StoreFact]
    public async Task Finds_one_changed_byte_in_a_blob()
    {
        await StoreFixtureAsync();
        await TamperBlobAsync(_a, bytes =>
        {
            bytes[bytes.Length / 2] ^= 0x01;
            return bytes;
        });

        var result = await VerifyAsync();

        Assert.Equal([$"blob {_a[..12]}: its bytes were changed (SHA-256 no longer matches its name)"], result.Problems);
    }

    [StoreFact]
    public async Task Finds_a_missing_blob()
    {
        await StoreFixtureAsync();
        await DeleteBlobAsync(_b);

        var result = await VerifyAsync();

        Assert.Equal([$"blob {_b[..12]}: missing from {Blobs.Describe()}"], result.Problems);
    }

    [StoreFact]
    public async Task Finds_a_report_body_edited_in_the_database()
    {
        await StoreFixtureAsync();
        await using (var db = OpenDb())
        {
            var changed = await db.Reports.Where(r => r.Id == _b).ExecuteUpdateAsync(s => s.SetProperty(r => r.Body, "Nothing happened.\n"));
            Assert.Equal(1, changed);
        }

        var result = await VerifyAsync();

        Assert.Equal(
            [
                $"report {_b[..12]}: changed since audit entry 4 recorded it",
                $"report {_b[..12]}: its stored text is not what its original bytes read as (edited in the database)",
            ],
            result.Problems);
    }

    [StoreFact]
    public async Task Finds_a_deleted_audit_entry()
    {
        await StoreFixtureAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(1, await db.AuditEntries.Where(e => e.Sequence == 2).ExecuteDeleteAsync());
        }

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal("audit log: entry 2 is missing (the next one is 3)", result.Problems[0]);
        Assert.Contains($"report {_a[..12]}: not in the audit log (written behind Vigil's back)", result.Problems);
    }

    [StoreFact]
    public async Task Finds_the_newest_audit_entry_deleted()
    {
        await StoreFixtureAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(1, await db.AuditEntries.Where(e => e.Sequence == 6).ExecuteDeleteAsync());
        }

        var result = await VerifyAsync();

        // The shortened chain is still a valid chain; the evidence row it no longer covers gives it away.
        Assert.Equal(5, result.HeadSequence);
        var evidenceId = Sha256(File.ReadAllBytes(Path.Combine(Input, "c.png")));
        Assert.Equal([$"evidence {evidenceId[..12]}: not in the audit log (written behind Vigil's back)"], result.Problems);
    }

    [StoreFact]
    public async Task Finds_two_audit_entries_reordered()
    {
        await StoreFixtureAsync();
        await using (var db = OpenDb())
        {
            var second = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 2);
            var third = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == 3);
            await OverwriteAsync(db, 2, third);
            await OverwriteAsync(db, 3, second);
        }

        var result = await VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal("audit log: entry 2 does not follow entry 1 (previous-hash mismatch: entries removed, reordered or edited)", result.Problems[0]);
    }

    [StoreFact]
    public async Task Finds_an_audit_entry_edited_in_place()
    {
        await StoreFixtureAsync();
        await using (var db = OpenDb())
        {
            await db.AuditEntries.Where(e => e.Sequence == 4).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "cli:mallory"));
        }

        var result = await VerifyAsync();

        Assert.Equal(["audit log: entry 4 was edited (its hash does not match its fields)"], result.Problems);
    }

    [StoreFact]
    public async Task Finds_a_deleted_report_row()
    {
        await StoreFixtureAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(1, await db.Reports.Where(r => r.Id == _b).ExecuteDeleteAsync());
        }

        var result = await VerifyAsync();

        Assert.Equal([$"report {_b[..12]}: named by audit entry 4 but missing from the database (deleted behind Vigil's back)"], result.Problems);
        Assert.Equal(1, result.OrphanBlobs);
    }

    [StoreFact]
    public async Task A_published_head_stays_valid_as_the_log_grows()
    {
        await StoreFixtureAsync();
        var head = await VerifyAsync();
        await IngestAsync(WriteInput("later/d.txt", "A later report.\n"));

        var result = await VerifyAsync((head.HeadSequence, head.HeadHash.ToUpperInvariant()));

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(7, result.HeadSequence);
    }

    [StoreFact]
    public async Task A_consistently_rewritten_chain_is_found_by_the_reports_original_bytes_and_by_a_published_head()
    {
        await StoreFixtureAsync();
        var published = await VerifyAsync();

        // Someone with write access edits report b and recomputes every hash after it: the chain is
        // self-consistent again. The original bytes still say otherwise; a published head shows the rewrite.
        await using (var db = OpenDb())
        {
            await db.Reports.Where(r => r.Id == _b).ExecuteUpdateAsync(s => s.SetProperty(r => r.Body, "Nothing happened.\n"));
            var edited = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == _b);
            var previous = AuditChain.GenesisHash;
            foreach (var entry in await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync())
            {
                var payloadHash = entry.SubjectId == _b ? AuditPayload.HashOf(edited) : entry.PayloadHash;
                var hash = AuditChain.HashOf(entry.Sequence, entry.At, entry.Actor, entry.Action, entry.SubjectType, entry.SubjectId, payloadHash, previous);
                await db.AuditEntries.Where(e => e.Sequence == entry.Sequence).ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.PayloadHash, payloadHash)
                    .SetProperty(e => e.PreviousHash, previous)
                    .SetProperty(e => e.Hash, hash));
                previous = hash;
            }
        }

        var unanchored = await VerifyAsync();
        var anchored = await VerifyAsync((published.HeadSequence, published.HeadHash));

        var textProblem = $"report {_b[..12]}: its stored text is not what its original bytes read as (edited in the database)";
        Assert.Equal([textProblem], unanchored.Problems);
        Assert.NotEqual(published.HeadHash, unanchored.HeadHash);
        Assert.Equal([$"audit log: entry 6 no longer has the published head hash {published.HeadHash}: the chain was rewritten", textProblem], anchored.Problems);
    }

    [StoreFact]
    public async Task Finds_the_search_index_out_of_step_with_the_reports()
    {
        await StoreFixtureAsync();
        await using (var db = OpenDb())
        {
            if (!db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal))
            {
                return; // PostgreSQL searches an expression index over the reports themselves
            }

            await db.Database.ExecuteSqlRawAsync("UPDATE reports_fts SET body = 'Nothing happened.' WHERE report_id = {0}", _a);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM reports_fts WHERE report_id = {0}", _c);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO reports_fts (report_id, title, body) VALUES ('feedfacefeedface', '', 'planted')");
        }

        var result = await VerifyAsync();

        Assert.Equal(
            [
                $"search index: the entry for report {_a[..12]} differs from the report (searches would find other text)",
                "search index: an entry for report feedfacefeed that is not a stored report (or is there twice)",
                $"search index: report {_c[..12]} is missing (searches would not find it)",
            ],
            result.Problems);
    }

    [StoreFact]
    public async Task Finds_every_subject_of_a_kind_no_table_holds_missing_and_a_deleted_one_not()
    {
        await StoreFixtureAsync();
        await using (var db = OpenDb())
        {
            var audit = new AuditLog(db, Clock);
            await audit.AppendAsync(Actor, "widget.made", "widget", "w2", new string('2', 64));
            await audit.AppendAsync(Actor, "widget.made", "widget", "w1", new string('1', 64));
            await audit.AppendAsync(Actor, "widget.made", "widget", "w3", new string('3', 64));
            await audit.AppendAsync(Actor, "widget.deleted", "widget", "w3", AuditPayload.Deleted);
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync();

        Assert.Equal(
            [
                "widget w1: named by audit entry 8 but missing from the database (deleted behind Vigil's back)",
                "widget w2: named by audit entry 7 but missing from the database (deleted behind Vigil's back)",
            ],
            result.Problems);
    }

    [StoreFact]
    public async Task Compares_many_subjects_in_id_order_whatever_order_they_were_audited_in()
    {
        // Reports audited in the order they were stored, read in id order: each is compared with its own entry, and the
        // first, a middle and the last one changed behind Vigil's back are each found once, nothing else.
        for (var i = 0; i < 40; i++)
        {
            WriteInput($"r{i:00}.txt", $"---\ntitle: Report {i}\n---\nProtesters gathered in Karaj on day {i}.\n");
        }

        await IngestAsync(Input);
        List<string> changed;
        await using (var db = OpenDb())
        {
            var ids = (await db.Reports.Select(r => r.Id).ToListAsync()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(40, ids.Count);
            changed = [ids[0], ids[17], ids[39]];
            Assert.Equal(3, await db.Reports.Where(r => changed.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Title, "Edited")));
        }

        var result = await VerifyAsync();

        Assert.Equal(changed.Select(id => $"report {id[..12]}: changed since audit entry"), result.Problems.Select(p => Regex.Replace(p, " [0-9]+ recorded it$", "")));
    }

    [StoreFact]
    public async Task Hashes_a_blob_file_put_outside_its_folder_in_its_place()
    {
        await StoreFixtureAsync();
        if (Blobs.IsDatabase)
        {
            return; // the database's blobs table has no folders
        }

        File.Copy(Blobs.PathOf(_a), Path.Combine(Blobs.Root, _a));
        File.WriteAllText(Path.Combine(Blobs.Root, "0000" + _b[4..]), "planted");

        var result = await VerifyAsync();

        Assert.Equal([$"blob 0000{_b[4..12]}: its bytes were changed (SHA-256 no longer matches its name)"], result.Problems);
        Assert.Equal((6L, 2L), (result.Blobs, result.OrphanBlobs));
    }

    [StoreFact]
    public async Task A_published_head_reveals_entries_cut_from_the_end()
    {
        await StoreFixtureAsync();
        var published = await VerifyAsync();
        await using (var db = OpenDb())
        {
            await db.Evidence.ExecuteDeleteAsync();
            await db.AuditEntries.Where(e => e.Sequence == 6).ExecuteDeleteAsync();
        }

        var unanchored = await VerifyAsync();
        var anchored = await VerifyAsync((published.HeadSequence, published.HeadHash));

        Assert.True(unanchored.Ok, string.Join("\n", unanchored.Problems));
        Assert.Equal(["audit log: the published head entry 6 is missing (the log ends at 5): entries were removed"], anchored.Problems);
    }

    private async Task StoreFixtureAsync()
    {
        var a = WriteInput("a.txt", "---\ntitle: Rally in Tabriz\noutlet: Outlet One\npublished: 2023-01-05\n---\nHundreds marched in Tabriz.\n");
        var b = WriteInput("b.txt", "---\ntitle: Arrests in Rasht\noutlet: Outlet Two\n---\nSeven students were arrested in Rasht.\n");
        var c = WriteInput("c.txt", "Strike at the Abadan refinery entered its third day.\n");
        WriteInput("c.png", TinyImages.Png3x2);
        var outcomes = await IngestAsync(Input);
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Stored, o.Status));
        (_a, _b, _c) = (Sha256(File.ReadAllBytes(a)), Sha256(File.ReadAllBytes(b)), Sha256(File.ReadAllBytes(c)));
        await using var db = OpenDb();
        Assert.Equal(
            ["source.created", "report.stored", "source.created", "report.stored", "report.stored", "evidence.stored"],
            await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(_c, (await db.Evidence.SingleAsync()).ReportId);
    }

    /// <summary>Gives entry <paramref name="sequence"/> every field of <paramref name="from"/> but its sequence number.</summary>
    private static Task<int> OverwriteAsync(Vigil.Storage.Database.VigilDbContext db, long sequence, AuditEntry from) =>
        db.AuditEntries.Where(e => e.Sequence == sequence).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.At, from.At)
            .SetProperty(e => e.Actor, from.Actor)
            .SetProperty(e => e.Action, from.Action)
            .SetProperty(e => e.SubjectType, from.SubjectType)
            .SetProperty(e => e.SubjectId, from.SubjectId)
            .SetProperty(e => e.PayloadHash, from.PayloadHash)
            .SetProperty(e => e.PreviousHash, from.PreviousHash)
            .SetProperty(e => e.Hash, from.Hash));
}
