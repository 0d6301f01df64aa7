using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

[PostgresTests]
public sealed class PostgresPersonsClusteringTests : PersonsClusteringTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
