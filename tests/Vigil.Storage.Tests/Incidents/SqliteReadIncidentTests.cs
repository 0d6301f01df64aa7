using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqliteReadIncidentTests : ReadIncidentTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
