using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqliteIncrementalClusteringTests : IncrementalClusteringTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
