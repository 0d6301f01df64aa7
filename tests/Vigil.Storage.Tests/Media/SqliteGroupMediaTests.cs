using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Media;

public sealed class SqliteGroupMediaTests : GroupMediaTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
