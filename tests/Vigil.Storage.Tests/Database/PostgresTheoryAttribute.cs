namespace Vigil.Storage.Tests.Database;

/// <summary>A theory that needs the PostgreSQL server; skipped (visibly) when none is configured outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
