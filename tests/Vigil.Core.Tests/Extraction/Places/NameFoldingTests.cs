using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Tests.Extraction.Places;

public class NameFoldingTests
{
    private static readonly NameFolding Folding = Gazetteer.Default.Folding;

    [Theory]
    [InlineData("Kāzerūn", "kazerun")]
    [InlineData("Naţanz", "natanz")]
    [InlineData("Kāshmar", "kashmar")]
    [InlineData("Bandar-e ‘Abbās", "bandar e abbas")]
    [InlineData("  Sistan   and Baluchestan ", "sistan and baluchestan")]
    [InlineData("Kohgiluyeh and Boyer-Ahmad", "kohgiluyeh and boyer ahmad")]
    [InlineData("U.S.", "u s")]
    [InlineData("Ma'shur", "mashur")]
    [InlineData("Sarpol-e Z̄ahāb", "sarpol e zahab")]
    [InlineData("تهران", "تهران")]
    public void Folds_case_diacritics_and_separators(string name, string key)
    {
        Assert.Equal(key, Folding.Key(name));
    }
}
