using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Ingest;
using Vigil.Storage.Sources;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Audit;

/// <summary>
/// The audit chain verifies after any sequence of ingests, and every stored row has exactly one
/// entry. SQLite only: the invariant is about the write path, which the shared suite already runs
/// on both providers.
/// </summary>
public sealed class AuditChainPropertyTests
{
    private static readonly string?[] Outlets = [null, "Outlet A", "  outlet   A ", "Outlet B"];
    private static readonly string[] Words = ["strike", "rally", "arrest", "Tehran", "Mashhad", "students"];

    /// <summary>Small texts from a small vocabulary, so the same bytes come up again within and across runs.</summary>
    private static readonly Gen<(int Outlet, string Body)> Report =
        from outlet in Gen.Choose(0, Outlets.Length - 1)
        from count in Gen.Choose(1, 3)
        from words in Gen.ArrayOf(Gen.Elements(Words), count)
        select (outlet, string.Join(' ', words));

    private static readonly Arbitrary<List<List<(int Outlet, string Body)>>> Runs =
        Gen.Choose(1, 4)
            .SelectMany(runs => Gen.ListOf(Gen.Choose(1, 6).SelectMany(files => Gen.ListOf(Report, files)).Select(l => l.ToList()), runs))
            .Select(l => l.ToList())
            .ToArbitrary();

    [Property(MaxTest = 15)]
    public Property Verifies_after_any_sequence_of_ingests() =>
        Prop.ForAll(Runs, runs => Task.Run(() => CheckAsync(runs)).GetAwaiter().GetResult());

    private static async Task CheckAsync(List<List<(int Outlet, string Body)>> runs)
    {
        var folder = Directory.CreateTempSubdirectory("vigil-property-").FullName;
        var database = new SqliteTestDatabase();
        try
        {
            var options = await database.CreateAsync(folder);
            var blobs = new BlobStore(Path.Combine(folder, "blobs"));
            await using (var db = new VigilDbContext(options))
            {
                await db.Database.MigrateAsync();
            }

            var texts = new HashSet<string>(StringComparer.Ordinal);
            var outletKeys = new HashSet<string>(StringComparer.Ordinal);
            for (var run = 0; run < runs.Count; run++)
            {
                var input = Directory.CreateDirectory(Path.Combine(folder, "input", $"run-{run}")).FullName;
                for (var file = 0; file < runs[run].Count; file++)
                {
                    var (outlet, body) = runs[run][file];
                    var text = Outlets[outlet] is { } name ? $"---\noutlet: {name}\n---\n{body}\n" : $"{body}\n";
                    await File.WriteAllTextAsync(Path.Combine(input, $"report-{file}.txt"), text);
                    if (texts.Add(text) && Outlets[outlet] is { } added)
                    {
                        outletKeys.Add(Source.KeyOf(added));
                    }
                }

                await using var db = new VigilDbContext(options);
                var summary = await new IngestFiles(db, blobs, TimeProvider.System, new IngestOptions { BatchSize = 3, Parallelism = 2 }).RunAsync([input], "test:property");
                Assert.Equal(0, summary.Failed);
            }

            await using (var db = new VigilDbContext(options))
            {
                var result = await new VerifyStore(db, blobs).RunAsync();
                Assert.True(result.Ok, string.Join("\n", result.Problems));
                Assert.Equal(texts.Count, await db.Reports.CountAsync());
                Assert.Equal(outletKeys.Count, await db.Sources.CountAsync());
                Assert.Equal(result.Rows, result.AuditEntries);
                Assert.Equal(texts.Count + outletKeys.Count, result.AuditEntries);
                Assert.Equal(result.AuditEntries, result.HeadSequence);
                Assert.Equal(texts.Count, result.Blobs);
            }
        }
        finally
        {
            await database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
