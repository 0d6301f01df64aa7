using Vigil.Storage.Users;

namespace Vigil.Web.Auth;

/// <summary>The authorisation policies: who may do what. Every endpoint names one (or the fallback: signed in).</summary>
internal static class Policies
{
    /// <summary>Read reports, incidents, sources, the dashboard: admin, editor, viewer.</summary>
    public const string Read = "read";

    /// <summary>Submit reports and evidence: admin, editor, contributor.</summary>
    public const string Submit = "submit";

    /// <summary>Review incidents, see the audit log, download evidence: admin, editor.</summary>
    public const string Review = "review";

    /// <summary>Manage users: admin.</summary>
    public const string Admin = "admin";

    public static IServiceCollection AddVigilPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Read, p => p.RequireRole(UserRole.Admin, UserRole.Editor, UserRole.Viewer))
            .AddPolicy(Submit, p => p.RequireRole(UserRole.Admin, UserRole.Editor, UserRole.Contributor))
            .AddPolicy(Review, p => p.RequireRole(UserRole.Admin, UserRole.Editor))
            .AddPolicy(Admin, p => p.RequireRole(UserRole.Admin));
        return services;
    }
}
