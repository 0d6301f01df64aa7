using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Users;

/// <summary>Admins add accounts, change roles, disable accounts and reset passwords; each change is audited.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(VigilDbContext db, TimeProvider clock) : PageModel
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
            Notice = $"Created '{result.User!.Name}' ({result.User.Role}). One-time password, shown once: {result.OneTimePassword}";
        }
        else
        {
            Problem = result.Error;
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, string role, bool disabled)
    {
        Problem = (await new EditUser(db, clock).SetAsync(id, role ?? string.Empty, disabled, User.Actor(), HttpContext.RequestAborted)).Problem;
        Notice = Problem is null ? "Saved." : null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(Guid id)
    {
        var password = await new EditUser(db, clock).ResetPasswordAsync(id, User.Actor(), HttpContext.RequestAborted);
        Notice = password.Succeeded ? $"New one-time password, shown once: {password.Value}" : null;
        Problem = password.Succeeded ? null : "No such user.";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Users = await db.Users.AsNoTracking().OrderBy(u => u.Name).ToListAsync(HttpContext.RequestAborted);
}
