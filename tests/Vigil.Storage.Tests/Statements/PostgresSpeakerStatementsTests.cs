using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Statements;

[PostgresTests]
public sealed class PostgresSpeakerStatementsTests : SpeakerStatementsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
