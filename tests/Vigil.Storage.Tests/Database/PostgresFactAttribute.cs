namespace Vigil.Storage.Tests.Database;

/// <summary>A test that needs the PostgreSQL server; skipped (visibly) when none is configured outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
