using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Audit;

/// <summary>The verify suite with the blobs in PostgreSQL's blobs table (<c>--blobs database</c>): the same problems found, hashed by the server.</summary>
[PostgresTests]
public sealed class PostgresBlobsVerifyStoreTests : VerifyStoreTests
{
    private protected override bool BlobsInDatabase => true;

    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
