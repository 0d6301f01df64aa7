using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Vigil.Web.Auth;
using Vigil.Web.Localization;

namespace Vigil.Web.Pages.Users;

/// <summary>Admins add accounts, change roles, disable accounts and reset passwords; each change is audited.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(VigilDbContext db, TimeProvider clock, IStringLocalizer<Strings> L) : PageModel
{
    public List<User> Users { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? Notice { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(string name, string role)
    {
        var result = await new AddUser(db, clock).RunAsync(name ?? string.Empty, role ?? string.Empty, User.Actor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = L["Created '{0}' ({1}). One-time password, shown once: {2}", result.User!.Name, L[result.User.Role].Value, result.OneTimePassword!].Value;
        }
        else
        {
            Problem = L.Say(result.Error);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, string role, bool disabled)
    {
        Problem = L.Problem(await new EditUser(db, clock).SetAsync(id, role ?? string.Empty, disabled, User.Actor(), HttpContext.RequestAborted));
        Notice = Problem is null ? L["Saved."].Value : null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(Guid id)
    {
        var password = await new EditUser(db, clock).ResetPasswordAsync(id, User.Actor(), HttpContext.RequestAborted);
        Notice = password.Succeeded ? L["New one-time password, shown once: {0}", password.Value!].Value : null;
        Problem = password.Succeeded ? null : L["No such user."].Value;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Users = await db.Users.AsNoTracking().OrderBy(u => u.Name).ToListAsync(HttpContext.RequestAborted);
}
