using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Vigil.Web.Store;

namespace Vigil.Web.Auth;

/// <summary>Authenticates <c>Authorization: Bearer vigil_…</c> against the hashed API tokens.</summary>
/// <remarks>
/// A token's user and scope are kept under the audit log's head (<see cref="AuditHeadCache"/>), as a session cookie's user is
/// (<see cref="SessionUser"/>): revoking a token, disabling its user, changing their role or resetting their password are
/// audited writes, which move the head, so a kept answer is never used after them. The expiry is kept with it and tested at
/// every request, so a token stops at its time whether or not the store changed. An unknown secret's answer is not kept
/// (anyone can send any number of them). One statement fewer on every API request (the token's and user's join).
/// </remarks>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, VigilDbContext db, TimeProvider clock, AuditHeadCache cache)
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

        var secret = header["Bearer ".Length..].Trim();
        var found = await cache.GetAsync(
            db,
            $"api-token:{ApiTokens.HashOf(secret)}",
            async token =>
            {
                var holder = await new ApiTokens(db, clock).FindAsync(secret, token);
                // A token acts as its user, but a one-time password never had to be changed for a script (set once, before the
                // user is shared by the requests that find it kept).
                if (holder is not null)
                {
                    holder.User.MustChangePassword = false;
                }

                return new Found(holder);
            },
            Context.RequestAborted,
            priority: Microsoft.Extensions.Caching.Memory.CacheItemPriority.Low,
            keep: f => f.Token is not null);
        if (found.Token is not { } token || !ApiTokens.IsLive(token, clock.GetUtcNow().UtcDateTime))
        {
            return AuthenticateResult.Fail("invalid, expired or revoked API token");
        }

        var principal = VigilClaims.For(token.User, SchemeName);
        if (token.Scope != ApiTokenScope.Write && !HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            // A read-only token on a write: signed in, but without a role, so every policy answers 403.
            principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                principal.Claims.Where(c => c.Type != System.Security.Claims.ClaimTypes.Role), SchemeName));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    // A secret's token as found (null: unknown, revoked, or its user disabled), as the cache keeps it.
    private sealed record Found(ApiTokenHolder? Token);
}
