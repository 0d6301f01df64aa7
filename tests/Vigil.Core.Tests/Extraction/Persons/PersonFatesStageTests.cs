using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Persons;

/// <summary>Named victims and detainees with their fates (invented sentences).</summary>
public class PersonFatesStageTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<PersonFate> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2022, 12, 20), "en").PersonFates];

    private static List<(string Name, Fate Fate)> NamesAndFates(string text) => [.. Run(text).Select(p => (p.Name, p.Fate))];

    [Theory]
    [InlineData("Nima Rostami, 16, was shot dead by security forces in Zahedan.", "Nima Rostami", Fate.Killed)]
    [InlineData("Protester Kian Shirazi was executed in Mashhad on 12 December.", "Kian Shirazi", Fate.Executed)]
    [InlineData("Authorities executed Mohsen Karimi on 8 December.", "Mohsen Karimi", Fate.Executed)]
    [InlineData("Security forces arrested journalist Niloofar Amiri at her home.", "Niloofar Amiri", Fate.Arrested)]
    [InlineData("Sara Ahmadi had been detained for three weeks.", "Sara Ahmadi", Fate.Arrested)]
    [InlineData("Reza Tavakoli was sentenced to death by a revolutionary court.", "Reza Tavakoli", Fate.Sentenced)]
    [InlineData("Hamid Nouri disappeared after the protest.", "Hamid Nouri", Fate.Disappeared)]
    [InlineData("Leila Sadeghi was released on bail on Sunday.", "Leila Sadeghi", Fate.Released)]
    [InlineData("Ali Karimi was flogged in prison.", "Ali Karimi", Fate.Other)]
    [InlineData("Omid Bahrami was wounded by birdshot.", "Omid Bahrami", Fate.Injured)]
    [InlineData("Protests followed the death of Parisa Hosseini in custody.", "Parisa Hosseini", Fate.Killed)]
    [InlineData("Crowds mourned the killing of Gen. Hossein Moradi on Jan. 3.", "Hossein Moradi", Fate.Killed)]
    public void A_named_person_in_the_slot_of_a_fate_phrase_is_a_victim_with_that_fate(string text, string name, Fate fate)
    {
        Assert.Contains((name, fate), NamesAndFates(text));
    }

    [Fact]
    public void Fates_whose_clause_names_no_place_take_their_sentences_one_place_and_a_sentence_of_two_places_gives_the_country()
    {
        // The sentence's places are counted once and shared by its fates: a place named twice is still one place.
        var fates = Run(
            "Nima Rostami was arrested, Sara Ahmadi was arrested, and Hamid Nouri was arrested, all at a rally in Zahedan that began in Zahedan's centre. " +
            "Omid Bahrami was arrested, and Leila Sadeghi was arrested, after rallies in Tabriz and in Shiraz.");
        Assert.Equal(
            [("Nima Rostami", "Zahedan"), ("Sara Ahmadi", "Zahedan"), ("Hamid Nouri", "Zahedan"), ("Omid Bahrami", "Iran"), ("Leila Sadeghi", "Iran")],
            fates.Select(f => (f.Name, f.Location?.Name)));
    }

    [Fact]
    public void The_execution_of_two_named_people_gives_each_an_entry()
    {
        Assert.Equal(
            [("Navid Afkari", Fate.Executed), ("Mohammad Mahdi Karami", Fate.Executed)],
            NamesAndFates("Rights groups condemned the execution of Navid Afkari and Mohammad Mahdi Karami."));
    }

    [Fact]
    public void A_headline_in_the_present_tense_names_its_victim()
    {
        Assert.Equal([("Mohsen Karimi", Fate.Executed)], NamesAndFates("Iran executes protester Mohsen Karimi"));
    }

    [Fact]
    public void An_earlier_fate_in_a_relative_clause_and_the_main_fate_are_both_entries()
    {
        Assert.Equal(
            [("Kian Shirazi", Fate.Arrested), ("Kian Shirazi", Fate.Executed)],
            NamesAndFates("Kian Shirazi, who was arrested in 2019, was executed in May."));
    }

    [Fact]
    public void The_deaths_of_several_named_people_give_each_an_entry()
    {
        Assert.Equal(
            [("Nika Shakarami", Fate.Killed), ("Sarina Esmailzadeh", Fate.Killed)],
            NamesAndFates("Anger grew over the deaths of Nika Shakarami and Sarina Esmailzadeh."));
    }

    [Fact]
    public void A_list_of_names_in_apposition_before_a_passive_fate_names_each_person()
    {
        Assert.Equal(
            [("Saeed Yaghoubi", Fate.Executed), ("Saleh Baltaghi", Fate.Executed)],
            NamesAndFates("Two other defendants in the case, Saeed Yaghoubi and Saleh Baltaghi, were also executed."));
    }

    [Theory]
    [InlineData("Nima Rostami, 16, was shot dead in Zahedan.", 16)]
    [InlineData("Nima Rostami, sixteen, was shot dead in Zahedan.", 16)]
    [InlineData("Nima Rostami, 16 or 17, was shot dead in Zahedan.", 16)]
    [InlineData("Nima Rostami (16) was shot dead in Zahedan.", 16)]
    [InlineData("Nima Rostami, aged 16, was shot dead in Zahedan.", 16)]
    [InlineData("Nima Rostami, a 22-year-old student, was shot dead in Zahedan.", 22)]
    [InlineData("Nima Rostami, a twenty-two-year-old student, was shot dead in Zahedan.", 22)]
    [InlineData("The 17-year-old Nima Rostami was shot dead in Zahedan.", 17)]
    public void The_age_is_read_in_digits_words_and_ranges(string text, int age)
    {
        Assert.Equal(age, Assert.Single(Run(text)).Age);
    }

    [Fact]
    public void Without_a_stated_age_the_age_is_null()
    {
        Assert.Null(Assert.Single(Run("Nima Rostami was shot dead in Zahedan.")).Age);
    }

    [Theory]
    [InlineData("Mahsa Rahimi, a 22-year-old woman who died in custody, was buried on Saturday.", Gender.Female)]
    [InlineData("Her father, Jamshid Rahimi, was injured by birdshot.", Gender.Male)]
    [InlineData("Kian Moradi was arrested at his home in Karaj.", Gender.Male)]
    [InlineData("Kian Moradi was arrested on Monday. She was released two days later.", Gender.Female)]
    public void The_gender_comes_from_a_gendered_word_or_pronoun_for_the_person(string text, Gender gender)
    {
        Assert.Equal(gender, Run(text)[0].Gender);
    }

    [Fact]
    public void A_name_alone_says_no_gender()
    {
        Assert.Null(Assert.Single(Run("Kian Moradi was arrested in Karaj.")).Gender);
    }

    [Fact]
    public void A_surname_alone_is_read_as_the_fuller_name_the_report_uses()
    {
        var persons = Run("Mohsen Shekari was arrested in September. Shekari was sentenced to death in November.");
        Assert.Equal([("Mohsen Shekari", Fate.Arrested), ("Mohsen Shekari", Fate.Sentenced)], persons.Select(p => (p.Name, p.Fate)));
    }

    // The stage reads names only in sentences that may hold a fate phrase and the sentence before each; the full names
    // still come from every sentence, and a report with no fate phrase at all ends early.
    [Fact]
    public void A_surname_alone_is_read_as_the_fuller_name_from_a_sentence_far_before_with_no_fate_phrase()
    {
        var persons = Run("Mohsen Shekari spoke to reporters in Tehran. Crowds gathered in Karaj on Sunday. Shops stayed shut in Rasht. Shekari was sentenced to death in November.");
        Assert.Equal([("Mohsen Shekari", Fate.Sentenced)], persons.Select(p => (p.Name, p.Fate)));
    }

    [Fact]
    public void A_pronoun_in_the_last_sentence_stands_for_the_person_named_in_a_sentence_with_no_fate_phrase()
    {
        var persons = Run("Crowds gathered in Karaj on Sunday. Majid Kazemi spoke to reporters in Isfahan. According to reports, he was tortured.");
        Assert.Equal([("Majid Kazemi", Fate.Other)], persons.Select(p => (p.Name, p.Fate)));
    }

    [Fact]
    public void A_report_without_a_fate_phrase_has_no_fates_and_its_incidents_keep_their_figures()
    {
        var result = Pipeline.Run("Majid Kazemi spoke to reporters in Isfahan. Thousands of people gathered in Tehran on 3 October 2022.", new DateOnly(2022, 12, 20), "en");
        Assert.Empty(result.PersonFates);
        var protest = Assert.Single(result.Incidents);
        Assert.Equal(Vigil.Core.Extraction.Incidents.IncidentType.Protest, protest.Type);
        Assert.Null(protest.Killed);
        Assert.Null(protest.Arrested);
    }

    [Fact]
    public void A_surname_alone_is_read_as_a_fuller_name_that_repeats_a_word()
    {
        var persons = Run("Reza Ali Reza was arrested in September. Reza was sentenced to death in November.");
        Assert.Equal([("Reza Ali Reza", Fate.Arrested), ("Reza Ali Reza", Fate.Sentenced)], persons.Select(p => (p.Name, p.Fate)));
    }

    [Fact]
    public void A_surname_shared_by_two_named_people_links_to_neither()
    {
        var persons = Run("Ali Rezaei and Hamid Rezaei spoke to reporters. Rezaei was arrested on Monday.");
        Assert.Empty(persons);
    }

    [Fact]
    public void A_single_capitalised_word_with_no_fuller_name_is_no_person()
    {
        Assert.Empty(Run("Hossein was arrested on Monday."));
    }

    [Fact]
    public void A_pronoun_stands_for_the_one_person_named_just_before()
    {
        var persons = Run("Majid Kazemi was arrested on 21 November 2022. According to reports, he was tortured.");
        Assert.Equal([("Majid Kazemi", Fate.Arrested), ("Majid Kazemi", Fate.Other)], persons.Select(p => (p.Name, p.Fate)));
    }

    [Fact]
    public void A_pronoun_after_a_sentence_naming_two_people_is_linked_to_nobody()
    {
        var persons = Run("Majid Kazemi met Saeed Yaghoubi in Isfahan. He was tortured.");
        Assert.Empty(persons);
    }

    [Fact]
    public void A_possessive_pronoun_before_a_fate_noun_is_the_person_named_in_the_sentence()
    {
        var persons = Run("Protests followed the death of Mahsa Amini, a 22-year-old woman who died in custody following her arrest in Tehran.");
        Assert.Contains(persons, p => p is { Name: "Mahsa Amini", Fate: Fate.Arrested, Age: 22, Gender: Gender.Female });
        Assert.Contains(persons, p => p is { Name: "Mahsa Amini", Fate: Fate.Killed, Age: 22, Gender: Gender.Female });
    }

    [Theory]
    [InlineData("Others may be held at Evin Prison, including Kasra Nouri.")]
    [InlineData("Kasra Nouri will be executed next week, his lawyer said.")]
    [InlineData("Kasra Nouri faces execution.")]
    [InlineData("Kasra Nouri was not arrested.")]
    [InlineData("Kasra Nouri is due to be released.")]
    public void A_hedged_threatened_or_denied_fate_is_no_entry(string text)
    {
        Assert.Empty(Run(text));
    }

    [Theory]
    [InlineData("Judge Abolqasem Salavati sentenced Reza Tavakoli to death.", "Reza Tavakoli")]
    [InlineData("Witness Ali Rezaei said police arrested Sara Ahmadi.", "Sara Ahmadi")]
    public void Perpetrators_and_witnesses_are_not_victims(string text, string victim)
    {
        Assert.Equal([victim], Run(text).Select(p => p.Name));
    }

    [Fact]
    public void Groups_and_organisations_are_no_person()
    {
        Assert.Empty(Run("Security forces wounded Gonabadi Dervishes in Tehran. The Revolutionary Guards arrested dozens."));
    }

    [Fact]
    public void The_same_fate_told_twice_is_one_entry_and_each_fate_is_its_own()
    {
        var persons = Run("Majid Rahnavard was arrested in Mashhad. Majid Rahnavard was arrested after the attack. Majid Rahnavard was executed on 12 December.");
        Assert.Equal([Fate.Arrested, Fate.Executed], persons.Select(p => p.Fate));
    }

    [Fact]
    public void Date_and_place_come_from_the_fate_clause()
    {
        var person = Assert.Single(Run("Majid-Reza Rahnavard was publicly executed in Mashhad on December 12, 2022."));
        Assert.Equal(("Majid-Reza Rahnavard", "2022-12-12", "Mashhad"), (person.Name, person.Date?.ToString(), person.Location?.Name));
    }

    [Fact]
    public void A_fate_is_linked_to_the_incident_mention_it_belongs_to()
    {
        var result = Pipeline.Run("Majid-Reza Rahnavard was publicly executed in Mashhad on December 12, 2022.", null, "en");
        var person = Assert.Single(result.PersonFates);
        Assert.NotNull(person.Incident);
        Assert.Equal(Vigil.Core.Extraction.Incidents.IncidentType.Execution, result.Incidents[person.Incident!.Value].Type);
    }

    [Fact]
    public void The_evidence_names_the_person_and_states_the_fate()
    {
        const string text = "On Monday, Nima Rostami, 16, was shot dead by security forces in Zahedan.";
        var person = Assert.Single(Run(text));
        Assert.Equal("Nima Rostami, 16, was shot dead", text[person.Evidence.Start..person.Evidence.End]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("was executed")]
    [InlineData("the execution of")]
    [InlineData("Ali, , , was , arrested , ,")]
    [InlineData("Ali was arrested. He was tortured.")]
    public void Fragments_and_bare_given_names_give_no_entry_and_no_crash(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void A_sentence_mixing_scripts_keeps_the_latin_name_it_can_read()
    {
        Assert.Equal([("Ali Reza Karimi", Fate.Arrested)], NamesAndFates("مهسا امینی was killed and Ali Reza Karimi was arrested."));
    }

    [Theory]
    [InlineData("Rents have doubled since 2016.\n\nThe tenant leader Kaveh Ahmadi was arrested in Tabriz on 9 April.", "Kaveh Ahmadi")]
    [InlineData("The 2015 drought emptied the villages.\n\nOn 2 March, Leila Moradi was shot dead by border guards.", "Leila Moradi")]
    public void In_an_undated_report_a_fate_dated_without_a_year_the_text_ties_to_it_has_no_date(string text, string name)
    {
        var person = Assert.Single(Pipeline.Run(text, null, "en").PersonFates, p => p.Name == name);

        Assert.Null(person.Date);
    }

    [Fact]
    public void In_an_undated_report_a_fate_whose_year_the_text_gives_keeps_its_date()
    {
        var person = Assert.Single(Pipeline.Run("The miners' strike of March 2020 spread fast.\n\nReza Tavakoli was arrested in Kerman on 3 March.", null, "en").PersonFates);

        Assert.Equal(("Reza Tavakoli", "2020-03-03"), (person.Name, person.Date?.ToString()));
    }
}
