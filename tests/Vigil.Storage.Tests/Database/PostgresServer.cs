namespace Vigil.Storage.Tests.Database;

/// <summary>
/// The PostgreSQL server the PostgreSQL variants of the storage suite run against, from
/// <c>VIGIL_TEST_POSTGRES</c>. On a developer's machine without it they are skipped with a visible
/// message; under CI (<c>CI=true</c>) they always run, so an unreachable server fails the build
/// instead of quietly skipping half the suite.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "VIGIL_TEST_POSTGRES";

    public const string SkipMessage = "PostgreSQL tests skipped: set VIGIL_TEST_POSTGRES=\"Host=127.0.0.1;Port=55432;Username=postgres\" to run them (they never skip when CI=true)";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the PostgreSQL tests are skipped, or null when they must run.</summary>
    public static string? SkipReason => ConnectionString is null && !IsCi ? SkipMessage : null;

    /// <summary>The server's connection string; under CI without one, a failure that says what is missing.</summary>
    public static string Require() =>
        ConnectionString ?? throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL tests must run in CI. Export {Variable}=\"Host=...;Port=...;Username=...\".");
}
