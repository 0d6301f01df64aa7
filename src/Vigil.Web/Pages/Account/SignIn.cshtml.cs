using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(VigilDbContext db, TimeProvider clock, ILogger<SignInModel> logger) : PageModel
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
            Problem = "Enter your user name and password.";
            return Page();
        }

        var result = await new SignInUser(db, clock).RunAsync(Name, Password, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case SignInStatus.LockedOut:
                logger.LogWarning("sign-in refused: account locked");
                Problem = $"Too many failed attempts: this account is locked for {SignInUser.LockOut.TotalMinutes:0} minutes.";
                return Page();
            case SignInStatus.Failed:
                logger.LogInformation("sign-in failed");
                Problem = "Wrong user name or password.";
                return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, VigilClaims.For(result.User!, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { IsPersistent = false });
        if (result.Status == SignInStatus.MustChangePassword)
        {
            return Redirect("/account/password");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : (result.User!.Role == UserRole.Contributor ? "/submit" : "/"));
    }
}
