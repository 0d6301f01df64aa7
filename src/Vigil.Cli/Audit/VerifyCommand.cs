using System.CommandLine;
using System.Globalization;
using Vigil.Cli.Store;
using Vigil.Core;
using Vigil.Storage.Audit;

namespace Vigil.Cli.Audit;

/// <summary><c>vigil verify</c>: re-hashes every blob and audited row and walks the audit chain.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var head = new Option<bool>("--head") { Description = "Print only the chain head (sequence and hash) to publish elsewhere as an anchor" };
        var expect = new Option<string?>("--expect-head") { Description = "A head published earlier, SEQUENCE:HASH; fails if the chain no longer contains it" };
        var command = new Command("verify", "Check the store for tampering: audit chain, audited rows, blobs. Prints OK with counts, or the problems, and exits 1") { head, expect };
        command.SetAction(async (parse, cancellationToken) =>
        {
            (long, string)? expected = null;
            if (parse.GetValue(expect) is { } text)
            {
                var parts = text.Split(':');
                if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || parts[1].Length != 64)
                {
                    console.Fail($"--expect-head: expected SEQUENCE:HASH (a number, a colon, 64 hex digits), got '{text}'");
                    return 2;
                }

                expected = (seq, parts[1].ToLowerInvariant());
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var result = await new VerifyStore(store.Db, store.Blobs).RunAsync(expected, cancellationToken);
            if (parse.GetValue(head))
            {
                console.Output.WriteLine($"{result.HeadSequence}:{result.HeadHash}");
                return result.Ok ? 0 : 1;
            }

            var seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-6);
            var counts = $"{Plural.Of(result.AuditEntries, "audit entry", "audit entries")}, {Plural.Of(result.Rows, "row")}, {Plural.Of(result.Blobs, "blob")} ({result.BlobBytes / 1048576.0:0.0} MB hashed at {result.BlobBytes / 1048576.0 / seconds:0} MB/s) in {result.Elapsed.TotalSeconds:0.00} s, {(result.AuditEntries + result.Rows) / seconds:N0} entries and rows/s";
            if (result is { Ok: true, AuditEntries: 0, Rows: 0, Blobs: 0 })
            {
                // "OK: 0 audit entries" reads as a pass on data that is not there: say plainly there was nothing to check.
                console.Output.WriteLine("OK: the store is empty (nothing ingested yet), so there is nothing to verify");
                return 0;
            }

            if (result.Ok)
            {
                console.Output.WriteLine($"OK: {counts}");
                if (result.OrphanBlobs > 0)
                {
                    console.Output.WriteLine($"note: {Plural.Of(result.OrphanBlobs, "blob")} {(result.OrphanBlobs == 1 ? "belongs" : "belong")} to no row (left by an interrupted ingest; harmless)");
                }

                console.Output.WriteLine($"head: {result.HeadSequence}:{result.HeadHash}");
                return 0;
            }

            console.Output.WriteLine($"FAILED: {result.Problems[0]}");
            foreach (var problem in result.Problems.Skip(1))
            {
                console.Output.WriteLine($"also: {problem}");
            }

            console.Output.WriteLine($"checked {counts}");
            return 1;
        });
        return command;
    }
}
