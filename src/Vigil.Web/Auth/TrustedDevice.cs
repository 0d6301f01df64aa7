using Microsoft.AspNetCore.DataProtection;

namespace Vigil.Web.Auth;

/// <summary>
/// A long-lived, signed and encrypted cookie that a browser gets when its user signs in: it proves "this user
/// signed in from here before", which exempts that user on this device from the account lock-out
/// (<see cref="Vigil.Storage.Users.SignInUser"/>). It grants nothing else.
/// </summary>
internal static class TrustedDevice
{
    public const string CookieName = "vigil_device";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    /// <summary>The user the request's device cookie names, or null.</summary>
    public static Guid? Of(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var text = Protector(http).Unprotect(value);
            return Guid.TryParse(text, out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Marks the requesting browser as a device <paramref name="userId"/> signed in from.</summary>
    public static void Remember(HttpContext http, Guid userId)
    {
        var protector = Protector(http).ToTimeLimitedDataProtector();
        http.Response.Cookies.Append(CookieName, protector.Protect(userId.ToString(), Lifetime), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/account/signin",
            MaxAge = Lifetime,
        });
    }

    private static ITimeLimitedDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("vigil.trusted-device").ToTimeLimitedDataProtector();
}
