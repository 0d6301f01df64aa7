using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Store;

namespace Vigil.Web.Auth;

internal static class AuthServiceCollectionExtensions
{
    public const string Selector = "Vigil";

    /// <summary>
    /// Cookie sign-in for browsers (HttpOnly, SameSite=Strict, sliding 8 h), bearer API tokens for scripts,
    /// and the policies. A cookie is re-checked against the user row on every request: a changed password,
    /// role or a disabled account ends the session at once (<see cref="SessionUser"/>: the row is kept under the audit log's
    /// head, which every change to it moves, so a request reads the head, which the page's cached values need anyway).
    /// </summary>
    public static IServiceCollection AddVigilAuth(this IServiceCollection services)
    {
        services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, Selector, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "vigil_session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/account/signin";
                o.LogoutPath = "/account/signout";
                o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = ValidateAsync;
            });
        services.AddSingleton<SignInThrottle>();
        services.AddVigilPolicies();
        return services;
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (status == StatusCodes.Status401Unauthorized && !context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<VigilDbContext>();
        var id = principal.UserId();
        var user = await SessionUser.ReadAsync(db, services.GetRequiredService<AuditHeadCache>(), id, context.HttpContext.RequestAborted);
        if (!user.Found || user.Disabled || user.SecurityStamp != principal.FindFirst(VigilClaims.Stamp)?.Value || user.Role != principal.Role())
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
