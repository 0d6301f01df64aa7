using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Statements;

public sealed class SqliteSpeakerStatementsTests : SpeakerStatementsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}
