using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Vigil.Web.Auth;
using Vigil.Web.Localization;

namespace Vigil.Web.Pages.Account;

/// <summary>
/// The language switch in every page's footer: stored on the user when signed in (so it follows them to other
/// browsers), else in a cookie on this browser (the sign-in page speaks it too).
/// </summary>
[AllowAnonymous]
public sealed class LanguageModel(VigilDbContext db) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        if (language is null || !UserPreferences.Languages.Contains(language))
        {
            return BadRequest();
        }

        Response.Cookies.Append(UserCulture.Cookie, language, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        if (User.Identity?.IsAuthenticated == true)
        {
            var id = User.UserId();
            var user = await db.Users.FindAsync([id], HttpContext.RequestAborted);
            if (user is not null)
            {
                await new UserPreferences(db).SetAsync(id, language, user.Calendar, HttpContext.RequestAborted);
                await SettingsModel.Reissue(HttpContext, db);
            }
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
