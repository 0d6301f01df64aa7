using Vigil.Core.Persons;

namespace Vigil.Core.Tests.Persons;

public sealed class NameSkeletonTests
{
    [Theory]
    [InlineData("Mohammad", "mhmd")]
    [InlineData("Muhammed", "mhmd")]
    [InlineData("محمد", "mhmd")]
    [InlineData("Abdolhamid", "bdlhmd")]
    [InlineData("عبدالحمید", "bdlhmd")]
    [InlineData("Hossein", "hsn")]
    [InlineData("حسین", "hsn")]
    [InlineData("Fatemeh", "ftm")]
    [InlineData("فاطمه", "ftm")]
    [InlineData("Fatima", "ftm")]
    [InlineData("Khodanoor", "xdnr")]
    [InlineData("خدانور", "xdnr")]
    [InlineData("Shekari", "Skr")]
    [InlineData("شکاری", "Skr")]
    [InlineData("Qasem", "Gsm")]
    [InlineData("Ghasem", "Gsm")]
    [InlineData("قاسم", "Gsm")]
    [InlineData("Zahedan", "zhdn")]
    public void Latin_spellings_and_the_Persian_form_share_a_skeleton(string word, string skeleton)
    {
        Assert.Equal(skeleton, NameSkeleton.Of(word));
    }

    [Fact]
    public void Arabic_letter_forms_fold_to_the_Persian_ones()
    {
        Assert.Equal(NameSkeleton.Of("علی"), NameSkeleton.Of("علي"));
        Assert.Equal(NameSkeleton.Of("کاظمی"), NameSkeleton.Of("كاظمي"));
    }

    [Fact]
    public void A_word_without_consonants_has_an_empty_skeleton()
    {
        Assert.Equal(string.Empty, NameSkeleton.Of("aio"));
        Assert.Equal(string.Empty, NameSkeleton.Of("…"));
    }
}
