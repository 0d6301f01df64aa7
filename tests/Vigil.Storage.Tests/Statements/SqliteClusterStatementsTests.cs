using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Statements;

public sealed class SqliteClusterStatementsTests : ClusterStatementsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
