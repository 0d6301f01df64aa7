namespace Vigil.Web.Tests.Servers;

/// <summary>A test that needs the PostgreSQL server of <c>VIGIL_TEST_POSTGRES</c>; skipped (visibly) without it outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresDatabase.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
