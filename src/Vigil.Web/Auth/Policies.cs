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

    // Who each policy admits: the one table both the endpoints' authorisation and the pages' "may this user …" read.
    private static readonly Dictionary<string, string[]> RolesOf = new()
    {
        [Read] = [UserRole.Admin, UserRole.Editor, UserRole.Viewer],
        [Submit] = [UserRole.Admin, UserRole.Editor, UserRole.Contributor],
        [Review] = [UserRole.Admin, UserRole.Editor],
        [Admin] = [UserRole.Admin],
    };

    public static IServiceCollection AddVigilPolicies(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (policy, roles) in RolesOf)
        {
            builder.AddPolicy(policy, p => p.RequireRole(roles));
        }

        return services;
    }

    /// <summary>
    /// True when <paramref name="user"/> satisfies <paramref name="policy"/>: for what a page shows or a query
    /// returns (a link to the review queue, unconfirmed incidents), decided by the same table as the endpoints.
    /// </summary>
    public static bool Allows(this System.Security.Claims.ClaimsPrincipal user, string policy) =>
        user.Identity?.IsAuthenticated == true && RolesOf[policy].Any(user.IsInRole);
}
