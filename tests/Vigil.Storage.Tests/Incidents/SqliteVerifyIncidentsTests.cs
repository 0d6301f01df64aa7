using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqliteVerifyIncidentsTests : VerifyIncidentsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
