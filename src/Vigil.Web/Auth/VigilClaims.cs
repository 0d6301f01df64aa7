using System.Security.Claims;
using Vigil.Storage.Users;

namespace Vigil.Web.Auth;

/// <summary>The claims a signed-in user carries, and how to read them back.</summary>
internal static class VigilClaims
{
    public const string Stamp = "vigil:stamp";
    public const string MustChangePassword = "vigil:must_change_password";

    /// <summary>The user's interface language setting (absent: follow the browser).</summary>
    public const string Language = "vigil:language";

    /// <summary>The user's calendar setting (absent: the interface language's usual calendar).</summary>
    public const string Calendar = "vigil:calendar";

    public static ClaimsPrincipal For(User user, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(Stamp, user.SecurityStamp),
            .. user.MustChangePassword ? [new Claim(MustChangePassword, "true")] : Array.Empty<Claim>(),
            .. user.Language is { } language ? [new Claim(Language, language)] : Array.Empty<Claim>(),
            .. user.Calendar is { } calendar ? [new Claim(Calendar, calendar)] : Array.Empty<Claim>(),
        ],
        scheme,
        ClaimTypes.Name,
        ClaimTypes.Role));

    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    /// <summary>The audit log's name for this user's writes: "web:NAME".</summary>
    public static string Actor(this ClaimsPrincipal principal) => $"web:{principal.Identity?.Name ?? "unknown"}";

    /// <summary>
    /// Editors and admins: the only readers who see what can identify a witness — a report's or an upload's file
    /// name, an evidence file's location and device metadata.
    /// </summary>
    public static bool IsEditor(this ClaimsPrincipal principal) => principal.Allows(Policies.Review);

    /// <summary>A report's heading for <paramref name="principal"/>: its title, else its file name for editors and "untitled report" for everyone else.</summary>
    public static string ReportHeading(this ClaimsPrincipal principal, string? title, string? fileName) =>
        title ?? (principal.IsEditor() && fileName is not null ? fileName : "untitled report");

    public static bool MustChange(this ClaimsPrincipal principal) => principal.HasClaim(MustChangePassword, "true");

    public static string Role(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.Role) ?? string.Empty;

    /// <summary>Where a user lands after signing in: those who may not read (contributors) on the submit page, everyone else on the dashboard.</summary>
    public static string Home(this ClaimsPrincipal principal) => principal.Allows(Policies.Read) ? "/" : "/submit";
}
