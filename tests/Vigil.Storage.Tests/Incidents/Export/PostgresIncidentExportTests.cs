using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents.Export;

[PostgresTests]
public sealed class PostgresIncidentExportTests : IncidentExportTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
