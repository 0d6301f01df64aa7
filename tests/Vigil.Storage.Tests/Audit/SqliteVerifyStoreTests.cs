using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Audit;

public sealed class SqliteVerifyStoreTests : VerifyStoreTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
