using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Ingest;

[PostgresTests]
public sealed class PostgresIngestFilesTests : IngestFilesTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
