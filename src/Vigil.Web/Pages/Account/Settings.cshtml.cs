using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Vigil.Web.Auth;
using Vigil.Web.Localization;

namespace Vigil.Web.Pages.Account;

/// <summary>The signed-in user's own interface language and calendar.</summary>
public sealed class SettingsModel(VigilDbContext db, IStringLocalizer<Strings> l) : PageModel
{
    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? Calendar { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == User.UserId(), HttpContext.RequestAborted);
        Language = user.Language;
        Calendar = user.Calendar;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var problem = await new UserPreferences(db).SetAsync(User.UserId(), Language, Calendar, HttpContext.RequestAborted);
        if (problem is not null)
        {
            Problem = l.Say(problem);
            return Page();
        }

        await Reissue(HttpContext, db);
        return Redirect("/account/settings?saved=true");
    }

    /// <summary>A fresh session cookie carrying the user's new settings (the claims are read on every request).</summary>
    internal static async Task Reissue(HttpContext context, VigilDbContext db)
    {
        var id = context.User.UserId();
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == id, context.RequestAborted);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, VigilClaims.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
