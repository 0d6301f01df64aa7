using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqlitePersonsClusteringTests : PersonsClusteringTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
