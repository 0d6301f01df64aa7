namespace Vigil.Web.Localization;

/// <summary>
/// The interface's one resource: <c>IStringLocalizer&lt;Strings&gt;</c> (<c>L</c> in every page). Keys are the English
/// text, so English needs no resource file; <c>Strings.fa.resx</c> holds Persian.
/// </summary>
public sealed class Strings
{
    private Strings()
    {
    }
}
