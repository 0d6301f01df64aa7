using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Persons;

/// <summary>Named victims and detainees in Persian reports, through the fa pack (invented sentences; no capitals to lean on).</summary>
public class PersianPersonFatesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<PersonFate> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2022, 12, 20), "fa").PersonFates];

    private static List<(string Name, Fate Fate)> NamesAndFates(string text) => [.. Run(text).Select(p => (p.Name, p.Fate))];

    [Theory]
    [InlineData("نیما رستمی، ۱۶ ساله، در زاهدان کشته شد.", "نیما رستمی", Fate.Killed)]
    [InlineData("اعدام محسن کریمی در مشهد با اعتراض گسترده روبرو شد.", "محسن کریمی", Fate.Executed)]
    [InlineData("سارا احمدی روز گذشته بازداشت شد.", "سارا احمدی", Fate.Arrested)]
    [InlineData("خانواده از بازداشت لیلا صادقی خبر دادند.", "لیلا صادقی", Fate.Arrested)]
    [InlineData("رضا توکلی به اعدام محکوم شد.", "رضا توکلی", Fate.Sentenced)]
    [InlineData("امید بهرامی با ساچمه زخمی شد.", "امید بهرامی", Fate.Injured)]
    [InlineData("اعتراض‌ها پس از مرگ پریسا حسینی در بازداشت گسترش یافت.", "پریسا حسینی", Fate.Killed)]
    [InlineData("ماموران امنیتی کاوه مرادی را بازداشت کردند.", "کاوه مرادی", Fate.Arrested)]
    [InlineData("حمید نوری پس از تجمع ناپدید شد.", "حمید نوری", Fate.Disappeared)]
    [InlineData("بابک حسین زاده جان باخت.", "بابک حسین زاده", Fate.Killed)]
    public void A_named_person_in_the_slot_of_a_Persian_fate_phrase_is_a_victim_with_that_fate(string text, string name, Fate fate)
    {
        Assert.Contains((name, fate), NamesAndFates(text));
    }

    [Fact]
    public void Two_people_executed_together_give_each_an_entry()
    {
        Assert.Equal(
            [("نوید افکاری", Fate.Executed), ("محمدمهدی کرمی", Fate.Executed)],
            NamesAndFates("نوید افکاری و محمدمهدی کرمی اعدام شدند."));
    }

    [Fact]
    public void The_execution_of_two_named_people_by_ezafe_gives_each_an_entry()
    {
        Assert.Equal(
            [("نوید افکاری", Fate.Executed), ("محمدمهدی کرمی", Fate.Executed)],
            NamesAndFates("سازمان‌های حقوق بشری اعدام نوید افکاری و محمدمهدی کرمی را محکوم کردند."));
    }

    [Fact]
    public void An_age_in_Persian_digits_between_commas_is_the_persons_age()
    {
        var fate = Assert.Single(Run("نیکا شاکرمی، ۱۶ ساله، در تهران کشته شد."));
        Assert.Equal(("نیکا شاکرمی", 16), (fate.Name, fate.Age));
    }

    [Fact]
    public void An_age_written_as_a_word_is_read()
    {
        var fate = Assert.Single(Run("سارینا اسماعیل زاده، شانزده ساله، کشته شد."));
        Assert.Equal(("سارینا اسماعیل زاده", 16), (fate.Name, fate.Age));
    }

    [Fact]
    public void An_age_range_gives_its_first_age()
    {
        var fate = Assert.Single(Run("کیان پیرفلک، ۹ یا ۱۰ ساله، در ایذه کشته شد."));
        Assert.Equal(9, fate.Age);
    }

    [Fact]
    public void An_age_before_a_person_noun_and_name_is_the_persons_age()
    {
        var fate = Assert.Single(Run("اعدام جوان ۲۳ ساله مجیدرضا رهنورد در مشهد انجام شد."));
        Assert.Equal(("مجیدرضا رهنورد", Fate.Executed, 23), (fate.Name, fate.Fate, fate.Age));
    }

    [Fact]
    public void A_given_name_without_a_surname_is_a_name()
    {
        Assert.Equal([("مهسا", Fate.Killed)], NamesAndFates("مهسا در بازداشت گشت ارشاد کشته شد."));
    }

    [Fact]
    public void A_person_noun_in_the_slot_cues_a_name_that_is_not_in_the_given_name_list()
    {
        Assert.Equal([("ژیلا کوهساری", Fate.Arrested)], NamesAndFates("گزارش‌ها از بازداشت فعال مدنی ژیلا کوهساری حکایت دارد."));
    }

    [Fact]
    public void A_title_in_the_slot_cues_the_name_after_it()
    {
        Assert.Equal([("ژیلا کوهساری", Fate.Arrested)], NamesAndFates("بازداشت خانم ژیلا کوهساری تایید شد."));
    }

    [Fact]
    public void Arabic_letters_and_a_missing_zwnj_match_as_Persian()
    {
        // Arabic yeh and kaf in the name, and «کشتهشدن» written without its ZWNJ.
        Assert.Equal([("مهسا امینی", Fate.Killed)], NamesAndFates("کشتهشدن مهسا اميني در بازداشت"));
    }

    [Fact]
    public void A_hypothetical_execution_names_no_victim()
    {
        Assert.Empty(Run("نوید افکاری ممکن است اعدام شود."));
        Assert.Empty(Run("خطر اعدام نوید افکاری وجود دارد."));
    }

    [Fact]
    public void A_relative_named_by_ezafe_is_not_the_victim()
    {
        // «پدر X» is X's father: the father was arrested, and he has no name here.
        Assert.Empty(Run("پدر نیکا شاکرمی روز گذشته بازداشت شد."));
    }

    [Fact]
    public void A_call_for_execution_names_no_victim()
    {
        Assert.Empty(Run("امام جمعه گفت نوید افکاری باید اعدام شود."));
    }

    [Fact]
    public void A_negated_arrest_names_no_victim()
    {
        Assert.Empty(Run("نوید افکاری بازداشت نشد."));
    }

    [Fact]
    public void A_list_of_protesters_without_names_gives_no_person()
    {
        Assert.Empty(Run("ده‌ها معترض در تهران بازداشت شدند و اعدام معترضان محکوم شد."));
    }

    [Fact]
    public void A_Latin_name_in_a_Persian_sentence_is_read_by_its_capitals()
    {
        Assert.Equal([("Navid Afkari", Fate.Executed)], NamesAndFates("Navid Afkari در شیراز اعدام شد."));
    }

    [Fact]
    public void A_given_name_that_is_also_a_place_is_a_name_before_a_surname_and_the_fate_keeps_the_other_place()
    {
        var fate = Assert.Single(Run("کیان پیرفلک در ایذه کشته شد."));
        Assert.Equal(("کیان پیرفلک", "Izeh"), (fate.Name, fate.Location?.Name));
    }

    [Fact]
    public void A_speech_verb_between_a_name_and_a_fate_leaves_the_speaker_out()
    {
        Assert.Empty(Run("محمود امیری گفت دو معترض در تهران کشته شدند."));
    }

    [Fact]
    public void An_English_report_is_unchanged_by_the_Persian_rules()
    {
        var english = Pipeline.Run("Nima Rostami, 16, was shot dead in Zahedan.", new DateOnly(2022, 12, 20), "en").PersonFates;
        var fate = Assert.Single(english);
        Assert.Equal(("Nima Rostami", 16, Fate.Killed), (fate.Name, fate.Age, fate.Fate));
    }
}
