using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Persons;

/// <summary>Named victims and detainees given as lists (invented sentences and names).</summary>
public class NamedPersonListsTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<PersonFate> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2022, 12, 20), "en").PersonFates];

    private static List<(string Name, Fate Fate)> NamesAndFates(string text) => [.. Run(text).Select(p => (p.Name, p.Fate))];

    [Fact]
    public void A_list_whose_names_each_carry_an_age_in_brackets_names_every_person_with_their_age()
    {
        var fates = Run("Kaveh Arjmand (29), Bita Nikzad (31) and Farid Sohrabi (40) were detained in Ardabil on Monday.");
        Assert.Equal(
            [("Kaveh Arjmand", Fate.Arrested, 29), ("Bita Nikzad", Fate.Arrested, 31), ("Farid Sohrabi", Fate.Arrested, 40)],
            fates.Select(f => (f.Name, f.Fate, f.Age ?? 0)));
    }

    [Fact]
    public void A_list_of_names_with_years_old_after_each_takes_the_fate_that_opens_it()
    {
        var fates = Run("Security forces killed several children, including these two as follows: Mani Rostaei 15 years old, Soroush Delavar 12 years old.");
        Assert.Equal([("Mani Rostaei", Fate.Killed, 15), ("Soroush Delavar", Fate.Killed, 12)], fates.Select(f => (f.Name, f.Fate, f.Age ?? 0)));
    }

    [Theory]
    [InlineData("Police shot and killed four protesters, including Arman Delkhah and Yasaman Rouhi.", Fate.Killed)]
    [InlineData("Six students were arrested at the campus on Tuesday, among them Arman Delkhah and Yasaman Rouhi.", Fate.Arrested)]
    [InlineData("Agents detained two teachers – Arman Delkhah and Yasaman Rouhi – at a school in Sanandaj.", Fate.Arrested)]
    [InlineData("The court sentenced three labour activists: Arman Delkhah and Yasaman Rouhi received five years each.", Fate.Sentenced)]
    public void A_list_opened_after_a_fate_that_names_a_group_takes_that_fate(string text, Fate fate)
    {
        Assert.Equal([("Arman Delkhah", fate), ("Yasaman Rouhi", fate)], NamesAndFates(text));
    }

    [Fact]
    public void A_list_in_dashes_before_a_passive_fate_names_each_person()
    {
        Assert.Equal(
            [("Davood Farahani", Fate.Sentenced), ("Sina Kasraei", Fate.Sentenced), ("Omid Tajbakhsh", Fate.Sentenced)],
            NamesAndFates("The five men – Davood Farahani, Sina Kasraei and Omid Tajbakhsh – were sentenced to death."));
    }

    [Fact]
    public void A_list_the_next_sentence_identifies_takes_the_fate_the_sentence_before_told()
    {
        Assert.Equal(
            [("Hoda Sarvari", Fate.Killed), ("Mehdi Kiani", Fate.Killed), ("Nasim Bahrami", Fate.Killed)],
            NamesAndFates("Gunfire in the town killed nine people on Friday. A local rights group identified them as Hoda Sarvari, Mehdi Kiani and Nasim Bahrami."));
    }

    [Fact]
    public void A_list_identified_by_its_person_noun_takes_every_fate_the_sentences_before_told_of_that_noun()
    {
        Assert.Equal(
            [("Darius Fakhri", Fate.Arrested), ("Darius Fakhri", Fate.Executed), ("Jalal Moghimi", Fate.Arrested), ("Jalal Moghimi", Fate.Executed)],
            NamesAndFates("Two prisoners were hanged in Birjand on Tuesday. The prisoners had been detained in 2020 on drug charges. None of the families was told. A local group identified the two prisoners as Darius Fakhri and Jalal Moghimi.")
                .OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Fate));
    }

    [Fact]
    public void A_fate_told_of_other_people_is_not_taken_by_an_identified_list()
    {
        Assert.Equal(
            [("Darius Fakhri", Fate.Executed), ("Jalal Moghimi", Fate.Executed)],
            NamesAndFates("Several guards were injured in a riot last year. Two prisoners were hanged in Birjand on Tuesday. A local group identified the two prisoners as Darius Fakhri and Jalal Moghimi."));
    }

    [Fact]
    public void A_sentence_opening_with_as_many_names_as_the_group_the_sentence_before_gave_a_fate_names_its_members()
    {
        Assert.Equal(
            [("Behnam Zarei", Fate.Executed), ("Behnam Zarei", Fate.Arrested), ("Kamal Hatami", Fate.Executed), ("Kamal Hatami", Fate.Arrested), ("Yunes Fathi", Fate.Executed), ("Yunes Fathi", Fate.Arrested)],
            NamesAndFates("Three prisoners were hanged in Qazvin on Sunday. Behnam Zarei (31), Kamal Hatami (28) and Yunes Fathi (35) had been arrested in 2021.")
                .OrderBy(f => f.Name, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Three prisoners were hanged in Qazvin on Sunday. Behnam Zarei and Kamal Hatami had been arrested in 2021.")]
    [InlineData("Three prisoners were hanged in Qazvin on Sunday. Their lawyers Behnam Zarei, Kamal Hatami and Yunes Fathi had been arrested in 2021.")]
    public void Names_that_are_not_the_counted_group_get_no_fate_of_the_group(string text)
    {
        Assert.DoesNotContain(Run(text), f => f.Fate == Fate.Executed);
    }

    [Fact]
    public void Lines_of_names_under_a_header_that_gives_people_a_fate_each_take_it_with_their_age_and_city()
    {
        var fates = Run("The court sentenced the following protesters to death:\n1. Arman Delkhah, 24, Tabriz\n2. Yasaman Rouhi (31), Urmia\n- Farid Sohrabi, 40, from Ardabil\n\nThe sentences were upheld.");
        Assert.Equal(
            [("Arman Delkhah", Fate.Sentenced, 24, "Tabriz"), ("Yasaman Rouhi", Fate.Sentenced, 31, "Urmia"), ("Farid Sohrabi", Fate.Sentenced, 40, "Ardabil")],
            fates.Select(f => (f.Name, f.Fate, f.Age ?? 0, f.Location?.Name)));
    }

    [Theory]
    [InlineData("The court sentenced the following protesters to death:\n\nArman Delkhah's lawyer appealed.")]
    [InlineData("The court sentenced the following protesters to death.\n1. Arman Delkhah, 24, Tabriz")]
    [InlineData("Lawyers of the defendants met on Monday:\n1. Arman Delkhah, 24, Tabriz")]
    public void Lines_not_under_a_fate_header_or_after_a_blank_line_take_no_fate(string text)
    {
        Assert.Empty(Run(text));
    }

    [Theory]
    [InlineData("Kaveh Arjmand son of Hassan, Reza Nikzad son of Mahmoud and Omid Sohrabi son of Jalal were executed in Qom.")]
    [InlineData("Kaveh Arjmand, son of Hassan, Reza Nikzad, son of Mahmoud, and Omid Sohrabi, son of Jalal, were executed in Qom.")]
    [InlineData("Kaveh Arjmand (son of Hassan Arjmand), Reza Nikzad (son of Mahmoud) and Omid Sohrabi were executed in Qom.")]
    [InlineData("Authorities executed Kaveh Arjmand, son of Hassan Arjmand, Reza Nikzad and Omid Sohrabi in Qom.")]
    public void A_list_whose_names_carry_a_patronymic_names_each_person_and_not_the_parents(string text)
    {
        Assert.Equal(
            [("Kaveh Arjmand", Fate.Executed), ("Reza Nikzad", Fate.Executed), ("Omid Sohrabi", Fate.Executed)],
            NamesAndFates(text));
    }

    [Fact]
    public void A_parent_named_in_a_patronymic_gets_no_fate()
    {
        Assert.Equal([("Kaveh Arjmand", Fate.Arrested)], NamesAndFates("Hassan Arjmand said that Kaveh Arjmand, son of Hassan Arjmand, was arrested in Qom."));
    }

    [Fact]
    public void A_sentence_or_prison_term_against_a_named_person_is_a_sentence()
    {
        Assert.Equal(
            [("Golnar Saberi", Fate.Sentenced), ("Behrad Mansouri", Fate.Sentenced)],
            NamesAndFates("The appeals court upheld a one-year sentence against Golnar Saberi and a prison term for Behrad Mansouri."));
    }

    [Theory]
    [InlineData("Protesters were killed on the orders of officials including Hamid Sardari.")]
    [InlineData("The killings drew condemnation from many, including Shirin Farahmand.")]
    [InlineData("Nine people were killed on Friday. The governor named a new police chief, Kamran Jafari.")]
    [InlineData("Nine people were killed on Friday. The governor named Kamran Jafari as the new police chief.")]
    public void A_name_after_a_fate_that_no_list_of_its_victims_opens_is_no_victim(string text)
    {
        Assert.Empty(Run(text));
    }
}
