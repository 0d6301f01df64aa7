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

    [Theory]
    [InlineData("علی خامنه‌ای")]
    [InlineData("علی خامنهای")]
    [InlineData("علي خامنه‌اي")]
    [InlineData("آیت الله علی خامنه‌ای")]
    [InlineData("خامنه‌ای")]
    public void A_speaker_named_in_Persian_script_is_the_known_Latin_speaker(string written)
    {
        Assert.Equal("ali khamenei", Names.Key(written));
    }

    [Theory]
    [InlineData("Mohammad Khatami")]
    [InlineData("Mohammed Khatami")]
    [InlineData("Muhammad Khatami")]
    [InlineData("محمد خاتمی")]
    public void Transliteration_variants_of_a_given_name_are_one_speaker(string written)
    {
        var names = new SpeakerNames(["Muhammad Khatami", "Mohammed Khatami", "Mohammad Khatami", "محمد خاتمی"]);
        Assert.Equal("mohammad khatami", names.Key(written));
    }

    [Theory]
    [InlineData("Abdolhamid Ismaeelzahi")]
    [InlineData("Abdul Hamid Ismaeelzahi")]
    [InlineData("Abdulhamid Esmaeilzahi")]
    [InlineData("عبدالحمید اسماعیل‌زهی")]
    public void A_compound_given_name_written_joined_or_apart_is_one_speaker(string written)
    {
        var names = new SpeakerNames(["Abdolhamid Ismaeelzahi", "Abdul Hamid Ismaeelzahi", "عبدالحمید اسماعیل‌زهی"]);
        Assert.Equal("abdolhamid ismaeelzahi", names.Key(written));
    }

    [Fact]
    public void The_chosen_spelling_does_not_depend_on_the_order_names_come_in()
    {
        string[] known = ["محمد خاتمی", "Muhammad Khatami", "Mohammad Khatami"];
        var forward = new SpeakerNames(known);
        var backward = new SpeakerNames(known.Reverse());
        Assert.Equal(forward.Key("محمد خاتمی"), backward.Key("محمد خاتمی"));
        Assert.Equal("mohammad khatami", backward.Key("Muhammad Khatami"));
    }

    [Fact]
    public void Different_given_names_with_one_surname_stay_apart_across_scripts()
    {
        var names = new SpeakerNames(["Ali Khamenei", "Mojtaba Khamenei"]);
        Assert.Equal("mojtaba khamenei", names.Key("مجتبی خامنه‌ای"));
        Assert.Equal("ali khamenei", names.Key("علی خامنه‌ای"));
        Assert.Equal("خامنه", names.Key("خامنه‌ای"));
    }

    [Fact]
    public void A_Persian_only_speaker_keys_as_its_own_folded_name()
    {
        var names = new SpeakerNames(["انوشیروان محسنی بندپی"]);
        Assert.Equal("انوشیروان محسنی بندپی", names.Key("انوشیروان محسنی بندپی"));
        Assert.Equal("انوشیروان محسنی بندپی", names.Key("استاندار انوشیروان محسنی بندپی"));
    }

    [Fact]
    public void Text_without_letters_gives_an_empty_key()
    {
        Assert.Equal(string.Empty, Names.Key("—", null, null));
    }
}
