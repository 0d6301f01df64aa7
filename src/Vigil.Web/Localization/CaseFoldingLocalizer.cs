using Microsoft.Extensions.Localization;

namespace Vigil.Web.Localization;

/// <summary>
/// The pages' localizer. Resource names are case-insensitive when the .resx is compiled ("arrested" and "Arrested"
/// cannot both be names), so a lower-case word ("killed", as in "killed 3") is looked up as written and then
/// capitalised: the one Persian entry serves both.
/// </summary>
internal sealed class CaseFoldingLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<Strings>
{
    private readonly IStringLocalizer _inner = factory.Create(typeof(Strings));

    public LocalizedString this[string name]
    {
        get
        {
            var found = _inner[name];
            if (found.ResourceNotFound && name.Length > 0 && char.IsLower(name[0]))
            {
                var capital = _inner[char.ToUpperInvariant(name[0]) + name[1..]];
                if (!capital.ResourceNotFound)
                {
                    return new LocalizedString(name, capital.Value, false, capital.SearchedLocation);
                }
            }

            return found;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);
}
