using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Account;

public sealed class TokensModel(VigilDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty, Required, StringLength(128)]
    public string Name { get; set; } = string.Empty;

    [BindProperty, RegularExpression("^(read|write)$")]
    public string Scope { get; set; } = ApiTokenScope.Read;

    [BindProperty, Range(1, 366)]
    public int Days { get; set; } = 90;

    public List<ApiToken> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid)
        {
            (_, NewSecret) = await new ApiTokens(db, clock).CreateAsync(User.UserId(), Name, User.Actor(), Scope, TimeSpan.FromDays(Days), HttpContext.RequestAborted);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        await new ApiTokens(db, clock).RevokeAsync(id, User.UserId(), User.Actor(), HttpContext.RequestAborted);
        return Redirect("/account/tokens");
    }

    private async Task LoadAsync()
    {
        var id = User.UserId();
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == id).OrderByDescending(t => t.CreatedAt).ToListAsync(HttpContext.RequestAborted);
    }
}
