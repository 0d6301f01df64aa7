using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Ingest;

/// <summary>The ingest suite with the blobs in PostgreSQL's blobs table (<c>--blobs database</c>).</summary>
[PostgresTests]
public sealed class PostgresBlobsIngestFilesTests : IngestFilesTests
{
    private protected override bool BlobsInDatabase => true;

    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
