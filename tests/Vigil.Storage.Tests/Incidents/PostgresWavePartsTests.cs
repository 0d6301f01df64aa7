using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

[PostgresTests]
public sealed class PostgresWavePartsTests : WavePartsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
