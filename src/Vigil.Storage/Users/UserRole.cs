namespace Vigil.Storage.Users;

/// <summary>The closed set of roles, from most to least powerful.</summary>
public static class UserRole
{
    /// <summary>Everything, including user accounts.</summary>
    public const string Admin = "admin";

    /// <summary>Review, edit and merge incidents; everything a contributor can do.</summary>
    public const string Editor = "editor";

    /// <summary>Submit reports and evidence; see their own submissions.</summary>
    public const string Contributor = "contributor";

    /// <summary>Read confirmed incidents (until review exists: read reports and mentions).</summary>
    public const string Viewer = "viewer";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Contributor, Viewer];

    /// <summary>True for a known role name.</summary>
    public static bool IsValid(string? role) => role is not null && All.Contains(role);
}
