using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqliteReviewIncidentTests : ReviewIncidentTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
