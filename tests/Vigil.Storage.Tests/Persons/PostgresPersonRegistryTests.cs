using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Persons;

[PostgresTests]
public sealed class PostgresPersonRegistryTests : PersonRegistryTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
