using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqliteCrossLanguageTests : CrossLanguageTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
