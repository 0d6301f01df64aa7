using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Statements;

[PostgresTests]
public sealed class PostgresClusterStatementsTests : ClusterStatementsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
