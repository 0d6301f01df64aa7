using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents.Export;

public sealed class SqliteIncidentExportTests : IncidentExportTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
