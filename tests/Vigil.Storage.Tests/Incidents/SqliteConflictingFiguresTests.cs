using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

public sealed class SqliteConflictingFiguresTests : ConflictingFiguresTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
