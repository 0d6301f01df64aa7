using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Persons;

public sealed class SqlitePersonRegistryTests : PersonRegistryTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
