using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqliteWavePartsTests : WavePartsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
