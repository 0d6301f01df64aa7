using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Auth;

/// <summary>Authenticates <c>Authorization: Bearer vigil_…</c> against the hashed API tokens.</summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, VigilDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        // A token is for scripts reading and writing the API, never a session on pages and forms (where it could
        // mint tokens or create users).
        if (!Request.Path.StartsWithSegments("/api/v1"))
        {
            return AuthenticateResult.Fail("API tokens are accepted under /api/v1 only");
        }

        var found = await new ApiTokens(db, clock).AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (found is not { } token)
        {
            return AuthenticateResult.Fail("invalid, expired or revoked API token");
        }

        // A token acts as its user, but a one-time password never had to be changed for a script.
        var user = token.User;
        user.MustChangePassword = false;
        var principal = VigilClaims.For(user, SchemeName);
        if (token.Scope != ApiTokenScope.Write && !HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            // A read-only token on a write: signed in, but without a role, so every policy answers 403.
            principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                principal.Claims.Where(c => c.Type != System.Security.Claims.ClaimTypes.Role), SchemeName));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
