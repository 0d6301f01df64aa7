using Microsoft.Extensions.Localization;

namespace Vigil.Web.Localization;

/// <summary>
/// The pages' localizer. Resource names are case-insensitive when the .resx is compiled ("arrested" and "Arrested"
/// cannot both be names), so a lower-case word ("killed", as in "killed 3") is looked up as written and then
/// capitalised: the one Persian entry serves both.
/// Each answer is kept by language and name: a list page asks ~200 times (each row's type, status, "edited"), and each look-up
/// went through the resource manager's culture fallback, twice for a lower-case word that English leaves as it is (~2 % of the
/// server's CPU on a list). The names are the pages' own words and the few values a store holds (types, statuses); at most
/// <see cref="Kept"/> are kept, past which a name is looked up as before.
/// </summary>
internal sealed class CaseFoldingLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<Strings>
{
    /// <summary>The most answers kept (all languages together).</summary>
    public const int Kept = 4096;

    private readonly IStringLocalizer _inner = factory.Create(typeof(Strings));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Culture, string Name), LocalizedString> _found = new();

    private int _count;

    public LocalizedString this[string name]
    {
        get
        {
            var key = (System.Globalization.CultureInfo.CurrentUICulture.Name, name);
            if (_found.TryGetValue(key, out var known))
            {
                return known;
            }

            var found = LookUp(name);
            if (Volatile.Read(ref _count) < Kept && _found.TryAdd(key, found))
            {
                Interlocked.Increment(ref _count);
            }

            return found;
        }
    }

    private LocalizedString LookUp(string name)
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
