using System.ComponentModel.DataAnnotations;
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

public sealed class PasswordModel(VigilDbContext db, TimeProvider clock, IStringLocalizer<Strings> L) : PageModel
{
    [BindProperty, Required, DataType(DataType.Password)]
    public string Current { get; set; } = string.Empty;

    [BindProperty, Required, DataType(DataType.Password)]
    public string Next { get; set; } = string.Empty;

    [BindProperty, Required, DataType(DataType.Password)]
    public string Repeat { get; set; } = string.Empty;

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid || Next != Repeat)
        {
            Problem = Next != Repeat ? L["The two new passwords differ."].Value : L["Fill in every field."].Value;
            return Page();
        }

        var changed = await new ChangePassword(db, clock).RunAsync(User.UserId(), Current, Next, HttpContext.RequestAborted);
        Problem = L.Problem(changed);
        if (Problem is not null)
        {
            return Page();
        }

        // The security stamp changed: issue a fresh cookie for this browser (others are signed out).
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == User.UserId(), HttpContext.RequestAborted);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, VigilClaims.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return Redirect(user.Role == UserRole.Contributor ? "/submit" : "/");
    }
}
