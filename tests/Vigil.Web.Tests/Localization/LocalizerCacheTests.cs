using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Vigil.Web.Localization;

namespace Vigil.Web.Tests.Localization;

/// <summary>
/// The pages' localizer keeps each answer by language and name (<see cref="CaseFoldingLocalizer"/>): a name asked in one
/// language is answered in the language of each later request, a lower-case name still finds its capitalised entry, and the
/// answers are the resource manager's own.
/// </summary>
public sealed class LocalizerCacheTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public LocalizerCacheTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public void A_name_kept_in_one_language_is_answered_in_the_language_of_each_later_request()
    {
        var localizer = new CaseFoldingLocalizer(_factory.Services.GetRequiredService<IStringLocalizerFactory>());
        var asked = new List<(string Language, string Name, string Value, bool NotFound)>();
        foreach (var language in new[] { "en", "fa", "en", "fa" })
        {
            var before = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            try
            {
                foreach (var name in new[] { "Incidents", "edited", "killed", "a made-up phrase" })
                {
                    var found = localizer[name];
                    asked.Add((language, name, found.Value, found.ResourceNotFound));
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }

        string[] english = ["Incidents", "edited", "killed", "a made-up phrase"];
        string[] persian = ["رویدادها", "ویرایش‌شده", "کشته", "a made-up phrase"];
        Assert.Equal(english, asked.Where(a => a.Language == "en").Take(4).Select(a => a.Value));
        Assert.Equal(persian, asked.Where(a => a.Language == "fa").Take(4).Select(a => a.Value));
        Assert.Equal(asked.Take(8), asked.Skip(8));
        Assert.True(asked[7].NotFound); // a phrase without an entry, in Persian
        Assert.False(asked[6].NotFound); // "killed" in Persian: its capitalised entry
        Assert.Equal("killed 3", localizer["killed {0}", 3].Value);
    }
}
