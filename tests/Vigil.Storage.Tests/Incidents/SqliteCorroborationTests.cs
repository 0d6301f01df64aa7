using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqliteCorroborationTests : CorroborationTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
