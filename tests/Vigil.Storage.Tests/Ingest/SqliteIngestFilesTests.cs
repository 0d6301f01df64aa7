using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Ingest;

public sealed class SqliteIngestFilesTests : IngestFilesTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
