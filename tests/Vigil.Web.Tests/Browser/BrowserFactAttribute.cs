namespace Vigil.Web.Tests.Browser;

/// <summary>A browser test: skipped, with a message saying why, when Chromium is missing, unless CI=true (then it must run).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"browser tests skipped: Chromium is not installed at {Chromium} (apt-get install -y --no-install-recommends chromium); with CI=true they run and fail instead";
        }
    }
}
