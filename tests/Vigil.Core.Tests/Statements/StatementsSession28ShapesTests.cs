using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Statements;

/// <summary>Statement shapes found on a sixth set of reports nobody tuned on (session 28: UN meeting coverage, an Iranian
/// agency's English service, diplomatic summonses), each on invented sentences.</summary>
public sealed class StatementsSession28ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static Vigil.Core.Extraction.Statements.StatementMention[] Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements];

    // --- A word of another occasion inside the words said does not make the saying another occasion.

    [Fact]
    public void A_word_of_another_occasion_inside_the_reported_words_does_not_split_the_statement()
    {
        var statement = Assert.Single(Run(
            "Speaking at a briefing, Ali Karimi said the talks on Tabriz would go on.\n\n"
            + "Karimi said that the country was ready to talk in the previous manner."));

        Assert.Equal("Ali Karimi", statement.Speaker);
    }

    [Fact]
    public void A_word_of_another_occasion_inside_the_reported_words_leaves_the_publication_date()
    {
        var statement = Assert.Single(Run("Ali Karimi told reporters that earlier protests in Arak had been peaceful."));

        Assert.Equal("2023-05-11", statement.Date?.ToString());
    }

    [Fact]
    public void A_word_of_another_occasion_in_the_attribution_still_makes_another_statement()
    {
        var statements = Run(
            "Ali Karimi said the talks on Tabriz would go on.\n\n"
            + "Karimi has previously said that the strikes in Arak were illegal.");

        Assert.Equal(2, statements.Length);
        Assert.All(statements, s => Assert.Equal("Ali Karimi", s.Speaker));
        Assert.Null(statements[1].Date);
    }

    // --- An office speaking in the lede, its holder named for the first time in the next paragraph.

    [Fact]
    public void A_person_first_named_without_a_role_right_after_an_office_spoke_holds_the_office()
    {
        var statement = Assert.Single(Run(
            "Iran's foreign ministry spokesman said that the sanctions on Tabriz were illegal.\n\n"
            + "Speaking at his weekly press conference, Reza Moradi said the talks would go on."));

        Assert.Equal("Reza Moradi", statement.Speaker);
        Assert.Contains("spokesman", statement.SpeakerRole, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_named_before_the_office_spoke_does_not_hold_it()
    {
        var statements = Run(
            "Reza Moradi was arrested in Tabriz last year.\n\n"
            + "Iran's foreign ministry spokesman said that the sanctions were illegal.\n\n"
            + "Reza Moradi said the talks would go on.");

        Assert.Equal(2, statements.Length);
        Assert.Contains(statements, s => s.Speaker.Contains("spokesman", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_given_another_role_does_not_hold_the_office()
    {
        var statements = Run(
            "Iran's foreign ministry spokesman said that the sanctions were illegal.\n\n"
            + "Reza Moradi, a lawmaker from Tabriz, said the talks were over.");

        Assert.Equal(2, statements.Length);
        Assert.Equal("a lawmaker from Tabriz", statements.Single(s => s.Speaker == "Reza Moradi").SpeakerRole);
    }

    // --- A relative pronoun right before the verb binds it to the phrase before the pronoun.

    [Fact]
    public void A_restrictive_relative_clause_speaks_for_its_antecedent_not_a_name_across_the_comma()
    {
        Assert.Empty(Run(
            "Prices rose sharply in Arak, a senior official told the Security Council today, as the body met despite objections "
            + "from some representatives who argued that the Council was not the place for it."));
    }

    [Fact]
    public void A_named_antecedent_of_a_restrictive_relative_clause_is_the_speaker()
    {
        var statement = Assert.Single(Run("It was Amnesty International that said the trial in Karaj was unfair."));

        Assert.Equal("Amnesty International", statement.Speaker);
        Assert.Null(statement.SpeakerRole);
    }

    [Fact]
    public void A_non_restrictive_relative_clause_still_speaks_for_the_name_before_the_comma()
    {
        var statement = Assert.Single(Run("Amnesty International, which has monitored the trials, said the hearing in Karaj was unfair."));

        Assert.Equal("Amnesty International", statement.Speaker);
    }

    // --- Roles after an inverted speaker, as UN meeting coverage writes them.

    [Fact]
    public void A_capitalised_office_after_an_inverted_speaker_is_the_role()
    {
        var statement = Assert.Single(Run(
            "Demonstrations spread to Arak, said Ali Karimi, Assistant Secretary-General for Political Affairs, in a briefing to the Council."));

        Assert.Equal("Ali Karimi", statement.Speaker);
        Assert.Equal("Assistant Secretary-General for Political Affairs", statement.SpeakerRole);
    }

    [Fact]
    public void A_capitalised_phrase_holding_no_office_after_an_inverted_speaker_is_no_role()
    {
        var statement = Assert.Single(Run("The strike in Ahvaz ended on Monday, said Ali Karimi, Tehran University, in a statement."));

        Assert.Null(statement.SpeakerRole);
    }

    [Fact]
    public void A_courtesy_title_and_the_inverted_verb_are_no_role()
    {
        var statement = Assert.Single(Run("As the protests escalated, some turned violent, said Mr. Karimi, who added that the police had fired on crowds."));

        Assert.Equal("Karimi", statement.Speaker);
        Assert.Null(statement.SpeakerRole);
    }

    [Fact]
    public void An_office_given_beside_the_name_outlasts_a_courtesy_title_later()
    {
        var statement = Assert.Single(Run(
            "Demonstrations spread to Arak, said Ali Karimi, Assistant Secretary-General for Political Affairs, in a briefing.\n\n"
            + "As the protests escalated, some turned violent, said Mr. Karimi, who added that the police had fired on crowds."));

        Assert.Equal("Assistant Secretary-General for Political Affairs", statement.SpeakerRole);
    }

    // --- A bracketed acronym closes an institution's name: the capitalised words after it are its office holder.

    [Theory]
    [InlineData("Secretary-general of the European Rights Service (ERS) Lena Berger said the trials in Karaj were unfair.", "Lena Berger", "Secretary-general of the European Rights Service")]
    [InlineData("The head of the Office of the High Commissioner for Human Rights (OHCHR) Lena Berger said the trials in Karaj were unfair.", "Lena Berger", "head of the Office of the High Commissioner for Human Rights")]
    public void The_words_after_a_bracketed_acronym_of_an_institution_are_its_office_holder(string body, string speaker, string role)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(role, statement.SpeakerRole);
    }

    [Fact]
    public void A_bracketed_acronym_right_before_the_verb_leaves_the_institution_speaking()
    {
        var statement = Assert.Single(Run("The Human Rights Activists News Agency (HRANA) said 40 people were arrested in Arak."));

        Assert.Equal("Human Rights Activists News Agency", statement.Speaker);
    }
}
