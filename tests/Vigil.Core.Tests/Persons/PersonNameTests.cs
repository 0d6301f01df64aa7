using Vigil.Core.Persons;

namespace Vigil.Core.Tests.Persons;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Mohammadreza Kazemzadeh")]
    [InlineData("Mohammad Reza Kazemzadeh")]
    [InlineData("Muhammad-Reza Kazemzadeh")]
    [InlineData("محمدرضا کاظم‌زاده")]
    [InlineData("محمد رضا کاظم زاده")]
    [InlineData("Mohammadreza کاظم‌زاده")]
    public void Compound_given_names_spellings_and_scripts_share_a_key(string written)
    {
        var name = PersonName.Of(written);

        Assert.Equal("mhmdrzkzmzd", name.Key);
        Assert.Null(name.Unlinkable);
    }

    [Fact]
    public void Given_name_table_joins_spellings_the_skeleton_cannot()
    {
        Assert.Equal(PersonName.Of("Qasem Dorani").Key, PersonName.Of("Kasim Dorani").Key);
        Assert.Equal(PersonName.Of("Yousef Bakhtiari").Key, PersonName.Of("Yusuf Bakhtiari").Key);
        Assert.Equal(PersonName.Of("Abdolhamid Dorani").Key, PersonName.Of("Abdul Hamid Dorani").Key);
    }

    [Theory]
    [InlineData("Parisa", "one name only (no surname)")]
    [InlineData("Mohammad Reza", "given names only (no surname)")]
    [InlineData("Mohammadreza", "one name only (no surname)")]
    [InlineData("she", "not a name (a pronoun or title only)")]
    [InlineData("His", "not a name (a pronoun or title only)")]
    [InlineData("Mr.", "not a name (a pronoun or title only)")]
    [InlineData("", "not a name (a pronoun or title only)")]
    [InlineData("علی", "one name only (no surname)")]
    public void Names_without_a_surname_are_never_linkable(string written, string why)
    {
        Assert.Equal(why, PersonName.Of(written).Unlinkable);
    }

    [Fact]
    public void Titles_are_not_part_of_the_key()
    {
        Assert.Equal(PersonName.Of("Mohsen Shekari").Key, PersonName.Of("Martyr Mohsen Shekari").Key);
        Assert.Equal(PersonName.Of("Mohsen Shekari").Key, PersonName.Of("شهید محسن شکاری").Key);
    }

    [Fact]
    public void Script_is_told_from_the_letters()
    {
        Assert.True(PersonName.Of("محسن شکاری").IsLocalScript);
        Assert.False(PersonName.Of("Mohsen Shekari").IsLocalScript);
    }
}
