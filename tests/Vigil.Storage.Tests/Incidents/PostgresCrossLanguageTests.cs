using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

[PostgresTests]
public sealed class PostgresCrossLanguageTests : CrossLanguageTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
