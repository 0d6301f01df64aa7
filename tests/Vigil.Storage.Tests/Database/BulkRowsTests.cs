using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Sources;

namespace Vigil.Storage.Tests.Database;

/// <summary>
/// <see cref="BulkRows"/> writes past the change tracker, so a row it drops is lost silently: every row of a write larger
/// than one PostgreSQL statement's chunk (8,000 parameters) must land, and read back through EF as EF would have written it.
/// </summary>
public abstract class BulkRowsTests : StoreTest
{
    // Two columns per updated row (key and value): 4,000 rows a PostgreSQL chunk, so 9,001 rows make three chunks, the last short.
    private const int Rows = 9_001;

    [StoreFact]
    public async Task Every_row_of_an_insert_and_an_update_larger_than_a_chunk_is_written()
    {
        var sources = Enumerable.Range(0, Rows).Select(i => new Source
        {
            Id = Guid.CreateVersion7(), Name = "Outlet " + i.ToString(CultureInfo.InvariantCulture), Key = "outlet-" + i.ToString(CultureInfo.InvariantCulture),
            Affiliation = i % 2 == 0 ? null : "party " + i.ToString(CultureInfo.InvariantCulture), CreatedAt = StoredAt,
        }).ToList();

        await using (var db = OpenDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, sources, CancellationToken.None);
            foreach (var source in sources)
            {
                source.Reliability = source.Affiliation is null ? "B" : "D";
            }

            await BulkRows.UpdateAsync(db, sources, [nameof(Source.Reliability)], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using (var db = OpenDb())
        {
            var stored = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id);
            Assert.Equal(Rows, stored.Count);
            Assert.All(sources, s => Assert.Equal((s.Name, s.Key, s.Affiliation, s.Reliability), (stored[s.Id].Name, stored[s.Id].Key, stored[s.Id].Affiliation, stored[s.Id].Reliability)));
            Assert.Equal((4_501, 4_500), (stored.Values.Count(s => s.Reliability == "B"), stored.Values.Count(s => s.Reliability == "D")));
        }
    }
}

public sealed class SqliteBulkRowsTests : BulkRowsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

[PostgresTests]
public sealed class PostgresBulkRowsTests : BulkRowsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
