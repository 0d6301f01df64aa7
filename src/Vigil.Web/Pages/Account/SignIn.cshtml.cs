using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Microsoft.Extensions.Localization;
using Vigil.Web.Auth;
using Vigil.Web.Localization;

namespace Vigil.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(VigilDbContext db, TimeProvider clock, SignInThrottle throttle, ILogger<SignInModel> logger, IStringLocalizer<Strings> l) : PageModel
{
    [BindProperty, Required, StringLength(64)]
    public string Name { get; set; } = string.Empty;

    [BindProperty, Required, StringLength(256), DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Problem = l["Enter your user name and password."];
            return Page();
        }

        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.WaitFor(address) is { } wait)
        {
            logger.LogWarning("sign-in refused: too many failures from one address");
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Problem = l["Too many failed sign-ins from your address: try again later."];
            return Page();
        }

        var result = await new SignInUser(db, clock).RunAsync(Name, Password, TrustedDevice.Of(HttpContext), HttpContext.RequestAborted);
        if (result.Status is SignInStatus.LockedOut or SignInStatus.Failed)
        {
            // One answer for an unknown name, a wrong password, a disabled and a locked account: telling them
            // apart would tell an attacker which names exist.
            logger.LogInformation("sign-in failed");
            throttle.Failed(address);
            Problem = l["Wrong user name or password, or too many failed attempts (then wait {0} minutes).", SignInUser.LockOut.TotalMinutes.ToString("0", System.Globalization.CultureInfo.InvariantCulture)];
            return Page();
        }

        throttle.Succeeded(address);
        TrustedDevice.Remember(HttpContext, result.User!.Id);

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, VigilClaims.For(result.User!, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { IsPersistent = false });
        if (result.Status == SignInStatus.MustChangePassword)
        {
            return Redirect("/account/password");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : (result.User!.Role == UserRole.Contributor ? "/submit" : "/"));
    }
}
