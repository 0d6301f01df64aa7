namespace Vigil.Storage.Users;

/// <summary>What an API token may do. A token never does more than its user's role allows.</summary>
public static class ApiTokenScope
{
    /// <summary>Read only: GET and HEAD requests under /api/v1.</summary>
    public const string Read = "read";

    /// <summary>Read and write: also submit reports and anything else the user's role may do under /api/v1.</summary>
    public const string Write = "write";

    /// <summary>True for a known scope.</summary>
    public static bool IsValid(string? scope) => scope is Read or Write;
}
