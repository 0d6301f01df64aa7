using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Statements;

/// <summary>Statement shapes found on a fifth set of reports nobody tuned on (session 27: Security Council coverage,
/// Iranian officials in English outlets, wire stories relayed by other outlets), each on invented sentences.</summary>
public sealed class StatementsSession27ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static Vigil.Core.Extraction.Statements.StatementMention[] Run(string body, string? outlet = null) =>
        [.. Pipeline.Run(body, new DateOnly(2023, 5, 11), "en", outlet).Statements];

    [Fact]
    public void A_speech_verb_joined_by_and_to_an_earlier_verb_has_that_verbs_subject()
    {
        var statement = Assert.Single(Run("Kuwait expressed condolences to the families in Sardasht and has emphasized that the crisis should be solved by dialogue."));

        Assert.Equal("Kuwait", statement.Speaker);
    }

    [Fact]
    public void The_objects_between_two_joined_verbs_are_not_speakers()
    {
        var statement = Assert.Single(Run(
            "The government criticised the broadcasts of the London-based Radio Sahar, which is funded abroad, and said they incited violence in Ahvaz."));

        Assert.Equal("government", statement.Speaker);
    }

    [Fact]
    public void A_pronoun_subject_of_joined_verbs_goes_on_with_the_last_speaker()
    {
        var statements = Run(
            "Ali Karimi, the mayor of Tabriz, told reporters on Monday that the roads were closed.\n\n"
            + "He then visited the bazaar, especially the shop of the merchant Hassan Rahimi, which was burned in the riots, and said: \"We will rebuild it within a month.\"");

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("Ali Karimi", s.Speaker));
    }

    [Fact]
    public void A_short_phrase_between_joint_speakers_and_the_verb_says_how_not_who()
    {
        var statements = Run("China and Russia in a similar stand said the council had no role in the unrest in Zahedan.");

        Assert.Equal(["China", "Russia"], statements.Select(s => s.Speaker).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_manner_phrase_after_a_name_is_not_part_of_the_speaker()
    {
        var statement = Assert.Single(Run("Ali Karimi in a televised address said the strikes in Ahvaz had ended."));

        Assert.Equal("Ali Karimi", statement.Speaker);
    }

    [Fact]
    public void An_appositive_office_left_open_before_the_verb_is_the_role_of_the_name_before_it()
    {
        var statement = Assert.Single(Run("John Miller, British envoy to the UN says the world is watching Zahedan."));

        Assert.Equal("John Miller", statement.Speaker);
        Assert.Equal("British envoy to the UN", statement.SpeakerRole);
    }

    [Fact]
    public void A_claim_relayed_by_a_trailing_outlet_is_the_claimants_even_with_a_quoted_word_inside()
    {
        var statement = Assert.Single(Run("Ali Karimi, the mayor, on Monday claimed \"foreign agents\" had stirred the unrest in Arak, the Daily Star reported."));

        Assert.Equal("Ali Karimi", statement.Speaker);
        Assert.Equal("Daily Star", statement.Outlet);
    }

    [Theory]
    [InlineData("The chief of Tehran's Revolutionary Tribunal said that rioters would face harsh punishment.", "chief of Tehran's Revolutionary Tribunal")]
    [InlineData("The spokesman of Iran's foreign ministry said the sanctions on Tabriz were illegal.", "spokesman of Iran's foreign ministry")]
    public void An_office_of_an_institution_owned_by_a_possessive_is_one_office(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void An_office_is_held_by_the_one_person_whose_role_begins_with_it()
    {
        var statements = Run(
            "The chief of Tehran's Revolutionary Tribunal said that rioters would face harsh punishment.\n\n"
            + "Hojjatoleslam Reza Amini, the chief of Tehran's Revolutionary Tribunal court, told the Fars news agency that 40 detainees would be tried.");

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("Reza Amini", s.Speaker));
    }

    [Fact]
    public void A_surname_alone_right_after_an_office_is_the_office_holder()
    {
        var statements = Run(
            "The spokesman of the Ministry of Foreign Affairs added: \"These channels are a workshop of lies and provocation.\"\n\n"
            + "\"They encourage violence and promote murder in our cities,\" Rahimi underscored.");

        var statement = Assert.Single(statements);
        Assert.Equal("Rahimi", statement.Speaker);
        Assert.Equal("spokesman of the Ministry of Foreign Affairs", statement.SpeakerRole);
    }

    [Fact]
    public void A_spokesperson_of_a_country_named_only_by_its_demonym_names_nobody()
    {
        Assert.Empty(Run("Iranian spokesman says the talks in Vienna will go on"));
    }

    [Fact]
    public void An_institutions_spokesperson_speaks_and_the_medium_after_according_to_is_the_outlet()
    {
        var statement = Assert.Single(Run(
            "The Iranian Foreign Ministry spokesperson said on Monday that the talks in Vienna would continue, according to the official news agency IRNA."));

        Assert.Equal("Iranian Foreign Ministry spokesperson", statement.Speaker);
        Assert.Equal("IRNA", statement.Outlet);
    }

    [Theory]
    [InlineData("Iranian security officials said the men arrested in Zahedan were planning attacks.")]
    [InlineData("Iranian security officials say the men arrested in Zahedan were planning attacks.")]
    public void Plural_security_officials_of_a_country_speak_together(string body)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal("Iranian security officials", statement.Speaker);
    }

    [Theory]
    [InlineData("The detainees in Tabriz were not allowed to say goodbye to their families.")]
    [InlineData("They say the talks in Vienna have failed.")]
    public void Say_is_speech_only_after_a_speaker(string body)
    {
        Assert.Empty(Run(body));
    }

    [Theory]
    [InlineData("The lawyers, the families and Hengaw said the men had been tortured in Urmia.", "Hengaw")]
    [InlineData("The United States has supported the strikes and Iran called the protests in Arak illegal.", "Iran")]
    public void Words_before_a_name_that_end_in_a_conjunction_are_not_its_role(string body, string speaker)
    {
        var statement = Assert.Single(Run(body), s => s.Speaker == speaker);

        Assert.Null(statement.SpeakerRole);
    }

    [Fact]
    public void A_sentence_ending_with_its_attribution_hands_no_quotation_to_the_next_paragraph()
    {
        var statements = Run(
            "\"The talks will go on for many more weeks,\" the Foreign Ministry Spokesman Ali Karimi was quoted as saying by state media on Thursday.\n\n"
            + "Protests broke out in Arak after the death of Sara Rahimi in custody, Xinhua news agency reported.\n\n"
            + "\"You are accustomed to fishing in troubled waters,\" Karimi said.");

        Assert.Equal(["Ali Karimi", "Xinhua"], statements.Select(s => s.Speaker).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_reports_outlet_named_without_its_outlet_words_is_its_own_voice()
    {
        var statements = Run(
            "According to Parvaz news agency, the council met on Thursday to discuss the strikes in Ahvaz. France said any change should come from within.",
            outlet: "Parvaz News");

        Assert.Equal("France", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void The_audience_told_after_the_speakers_name_is_not_the_speaker()
    {
        var statement = Assert.Single(Run(
            "\"The arrests in Zahedan must stop now,\" Laila Ahmadi, chair of the Independent International Panel on Iran, told the Human Rights Council on Monday."));

        Assert.Equal("Laila Ahmadi", statement.Speaker);
        Assert.Equal("chair of the Independent International Panel on Iran", statement.SpeakerRole);
    }

    [Fact]
    public void A_speaker_in_a_relative_clause_inside_reported_speech_makes_no_statement()
    {
        var statement = Assert.Single(Run("Amnesty International said that the executions in Shiraz, which the government condemned as lawful, were unfair."));

        Assert.Equal("Amnesty International", statement.Speaker);
    }

    [Fact]
    public void An_accusation_is_speech_but_a_passive_or_adjective_accused_is_not()
    {
        Assert.Equal("Tehran", Assert.Single(Run("Tehran accused Washington of interfering shamelessly in the internal affairs of Iran.")).Speaker);
        Assert.Empty(Run("Three men accused of arson were executed in Shiraz."));
        Assert.Empty(Run("The men were accused of spying for Israel by the court in Tabriz."));
    }
}
