using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Media;

[PostgresTests]
public sealed class PostgresGroupMediaTests : GroupMediaTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
