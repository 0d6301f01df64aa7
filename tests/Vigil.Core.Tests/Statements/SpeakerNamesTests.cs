using Vigil.Core.Extraction.Dates;
using Vigil.Core.Statements;

namespace Vigil.Core.Tests.Statements;

public sealed class SpeakerNamesTests
{
    private static readonly SpeakerNames Names = new(
        ["Ali Khamenei", "Hassan Rouhani", "Ali Akbar Raefipoor"],
        [
            new RoleTenure("Supreme Leader", "Ali Khamenei", new DateOnly(1989, 6, 4)),
            new RoleTenure("President", "Hassan Rouhani", new DateOnly(2013, 8, 3), new DateOnly(2021, 8, 3)),
            new RoleTenure("President", "Ebrahim Raisi", new DateOnly(2021, 8, 3), new DateOnly(2024, 5, 19)),
        ]);

    [Theory]
    [InlineData("Ali Khamenei")]
    [InlineData("Khamenei")]
    [InlineData("Supreme Leader Ali Khamenei")]
    [InlineData("Ayatollah Ali Khamenei")]
    [InlineData("Ayatollah Khamenei")]
    [InlineData("the Supreme Leader")]
    [InlineData("ALI KHAMENEI")]
    [InlineData("Khamenei’s")]
    public void Name_variants_of_one_person_share_a_key(string written)
    {
        Assert.Equal("ali khamenei", Names.Key(written, null, PartialDate.OfDay(new DateOnly(2019, 11, 17))));
    }

    [Fact]
    public void A_role_resolves_through_the_holder_on_the_statement_date()
    {
        Assert.Equal("hassan rouhani", Names.Key("the President", null, PartialDate.OfDay(new DateOnly(2019, 11, 17))));
        Assert.Equal("ebrahim raisi", Names.Key("President", null, PartialDate.OfMonth(2022, 9)));
        Assert.Equal("role:president", Names.Key("the President", null, null));
        Assert.Equal("hassan rouhani", Names.Key(string.Empty, "President", PartialDate.OfYear(2018)));
    }

    [Fact]
    public void A_surname_shared_by_two_known_people_stays_ambiguous()
    {
        var names = new SpeakerNames(["Ali Khamenei", "Mojtaba Khamenei"]);
        Assert.Equal("khamenei", names.Key("Khamenei"));
        Assert.Equal("mojtaba khamenei", names.Key("Mojtaba Khamenei"));
    }

    [Fact]
    public void Text_without_letters_gives_an_empty_key()
    {
        Assert.Equal(string.Empty, Names.Key("—", null, null));
    }
}
