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

        var user = await new ApiTokens(db, clock).AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("invalid or revoked API token");
        }

        // A token acts as its user, but a one-time password never had to be changed for a script.
        user.MustChangePassword = false;
        return AuthenticateResult.Success(new AuthenticationTicket(VigilClaims.For(user, SchemeName), SchemeName));
    }
}
