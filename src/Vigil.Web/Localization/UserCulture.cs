using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using Vigil.Storage.Users;
using Vigil.Web.Auth;

namespace Vigil.Web.Localization;

/// <summary>
/// Which language the interface speaks: the signed-in user's setting, else the language chosen on this browser
/// (a cookie, for people not signed in), else the browser's Accept-Language, else English. Only the interface
/// (UI) culture changes: numbers and dates are formatted by <see cref="DateDisplay"/>, never by a culture's
/// calendar, so an ISO date in a form or a file stays ISO.
/// </summary>
internal static class UserCulture
{
    /// <summary>The browser cookie holding a chosen language for people who are not signed in.</summary>
    public const string Cookie = "vigil_language";

    public static IServiceCollection AddVigilLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<Strings>, CaseFoldingLocalizer>();
        // Persian as characters, not as &#x6CC; entities (seven times the bytes, and unreadable in a page's source);
        // markup characters (< > & " ') are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<DateDisplay>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = [CultureInfo.GetCultureInfo("en")];
            o.SupportedUICultures = [.. UserPreferences.Languages.Select(l => CultureInfo.GetCultureInfo(l))];
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new CustomRequestCultureProvider(context => Task.FromResult<ProviderCultureResult?>(new(Choose(context))))];
        });
        return services;
    }

    /// <summary>The interface language for this request: one of <see cref="UserPreferences.Languages"/>.</summary>
    public static string Choose(HttpContext context)
    {
        if (Supported(context.User.FindFirstValue(VigilClaims.Language)) is { } own)
        {
            return own;
        }

        if (Supported(context.Request.Cookies[Cookie]) is { } chosen)
        {
            return chosen;
        }

        // Accept-Language: "fa-IR,fa;q=0.9,en;q=0.8" — the best-rated language the interface speaks (a region
        // or script subtag does not matter).
        var header = context.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var value in header.OrderByDescending(v => v.Quality ?? 1))
        {
            if (value.Quality is not 0 && Supported(value.Value.Value) is { } accepted)
            {
                return accepted;
            }
        }

        return "en";
    }

    private static string? Supported(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Split('-', '_')[0].Trim().ToLowerInvariant();
        return UserPreferences.Languages.Contains(primary) ? primary : null;
    }

    /// <summary>The interface language's code ("en", "fa") for <c>&lt;html lang&gt;</c>.</summary>
    public static string Language => CultureInfo.CurrentUICulture.Name.StartsWith("fa", StringComparison.Ordinal) ? "fa" : "en";

    /// <summary>True when the interface reads right to left (Persian).</summary>
    public static bool IsRightToLeft => Language == "fa";
}
