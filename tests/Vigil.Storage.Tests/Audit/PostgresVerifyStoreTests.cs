using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Audit;

[PostgresTests]
public sealed class PostgresVerifyStoreTests : VerifyStoreTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
