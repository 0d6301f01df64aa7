using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Statements;

/// <summary>Statement shapes found on a fourth set of reports nobody tuned on (session 26: UN briefings, foreign-ministry
/// statements, wire stories quoting several sides), each on invented sentences.</summary>
public sealed class StatementsSession26ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static Vigil.Core.Extraction.Statements.StatementMention[] Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements];

    [Theory]
    [InlineData("\"The trials in Tabriz were unfair,\" UN High Commissioner for Refugees Volker Brandt said.", "Volker Brandt", "UN High Commissioner for Refugees")]
    [InlineData("\"The trials in Tabriz were unfair,\" UN Special Rapporteur on Human Rights Ahmed Karimi said.", "Ahmed Karimi", "UN Special Rapporteur on Human Rights")]
    [InlineData("Head of the Judiciary of Fars Ayatollah Ali Rezaei said on Monday that the detainees in Shiraz would be tried soon.", "Ali Rezaei", "Head of the Judiciary of Fars")]
    public void An_office_joined_by_of_or_for_before_a_name_is_the_persons_role(string body, string speaker, string role)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
        Assert.StartsWith(role, statement.SpeakerRole, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Office of Ali Rezaei said on Monday that the detainees in Shiraz would be tried soon.", "Office of Ali Rezaei")]
    [InlineData("The Ministry of Justice of Iran said on Monday that the detainees in Shiraz would be tried soon.", "Ministry of Justice of Iran")]
    public void An_institution_joined_by_of_stays_one_speaker(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void An_office_owned_by_a_possessive_keeps_its_institution()
    {
        var statement = Assert.Single(Run("The spokesman of Iran's judiciary said that 40 people were detained in Tabriz."));

        Assert.Equal("spokesman of Iran's judiciary", statement.Speaker);
    }

    [Fact]
    public void A_person_who_made_the_remarks_after_an_office_is_the_office_holder()
    {
        var statement = Assert.Single(Run(
            "The spokesman of Iran's judiciary says 40 people were detained in Tabriz. Ali Karimi made the remarks at a press conference on Sunday."));

        Assert.Equal("Ali Karimi", statement.Speaker);
        Assert.Equal("spokesman of Iran's judiciary", statement.SpeakerRole);
    }

    [Fact]
    public void A_pronoun_after_an_office_names_no_holder()
    {
        var statement = Assert.Single(Run(
            "The spokesman of Iran's judiciary says 40 people were detained in Tabriz. He added that the detainees would be tried soon."));

        Assert.Equal("spokesman of Iran's judiciary", statement.Speaker);
    }

    [Theory]
    [InlineData("The Iranian Interior Ministry said in a statement on Sunday that the rallies in Tabriz were illegal. \"The organisers will be punished,\" the Ministry added.", "Iranian Interior Ministry")]
    [InlineData("The UN Human Rights Office said that 40 people were detained in Tabriz. The office added that the detainees had no lawyers.", "UN Human Rights Office")]
    public void The_institution_word_with_an_article_is_the_organisation_named_before(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void The_institution_word_with_no_organisation_named_before_names_nobody()
    {
        Assert.Empty(Run("Forty people were detained in Tabriz on Sunday, the office said."));
    }

    [Fact]
    public void A_surname_spelled_with_one_letter_less_is_the_same_speaker()
    {
        var statement = Assert.Single(Run(
            "EU envoy Marco Rossetti said the sanctions would follow.\n\nRosetti also said he had spoken to the foreign minister about the detainees."));

        Assert.Equal("Marco Rossetti", statement.Speaker);
    }

    [Fact]
    public void An_office_of_a_country_is_the_person_given_the_office_and_the_relaying_agency_its_outlet()
    {
        var statement = Assert.Single(Run(
            "Iran's interior minister has suggested that 40 people were killed in Tabriz, ISNA news agency reported.\n\n\"The rioters attacked a police station,\" said Interior Minister Ali Karimi."));

        Assert.Equal("Ali Karimi", statement.Speaker);
        Assert.Equal("ISNA", statement.Outlet);
    }

    [Theory]
    [InlineData("Evidence suggests that the prisoners in Tabriz were beaten.")]
    [InlineData("The footage suggests that the prisoners in Tabriz were beaten.")]
    public void Suggested_after_something_that_cannot_speak_is_no_statement(string body)
    {
        Assert.Empty(Run(body));
    }

    [Theory]
    [InlineData("A German government spokesperson told reporters on Friday that the death sentences were unlawful.", "German government")]
    [InlineData("A spokesman for the Foreign Ministry said that the death sentences were unlawful.", "Foreign Ministry")]
    public void An_unnamed_spokesperson_of_a_named_institution_speaks_for_it(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void An_unnamed_spokesperson_of_no_named_institution_makes_no_statement()
    {
        Assert.Empty(Run("A government spokesman said that the death sentences were lawful."));
    }

    [Theory]
    [InlineData("A group of independent U.N. rights experts said in December that 40 people had been killed in Tabriz.", "independent U.N. rights experts")]
    [InlineData("Independent UN experts said in December that 40 people had been killed in Tabriz.", "Independent UN experts")]
    public void A_group_of_experts_of_a_named_body_speaks_together(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Theory]
    [InlineData("A group of residents said in December that 40 people had been killed in Tabriz.")]
    [InlineData("Senior officials said in December that 40 people had been killed in Tabriz.")]
    public void A_group_of_nobody_named_makes_no_statement(string body)
    {
        Assert.Empty(Run(body));
    }

    [Fact]
    public void The_capitalised_office_after_an_article_refers_to_its_holder()
    {
        var statement = Assert.Single(Run(
            "Leader of the Revolution Ayatollah Ali Rezaei said on Monday that the enemies had failed. \"The nation stands united against them,\" the Leader said."));

        Assert.Equal("Ali Rezaei", statement.Speaker);
    }

    [Theory]
    [InlineData("The Foreign, Commonwealth and Development Office said on Monday that the detainees in Tabriz must be released.", "Foreign, Commonwealth and Development Office")]
    [InlineData("\"The detainees in Tabriz must be released,\" the Foreign, Commonwealth and Development Office said.", "Foreign, Commonwealth and Development Office")]
    [InlineData("The Department for Culture, Media and Sport said that the festival in Tabriz was cancelled.", "Department for Culture, Media and Sport")]
    public void An_institution_whose_name_is_a_comma_list_is_one_speaker(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void A_fronted_place_before_a_comma_is_not_part_of_an_institutions_name()
    {
        Assert.DoesNotContain(Run("In Tabriz, Culture and Guidance Office staff said that the festival was cancelled."), s => s.Speaker.Contains("Tabriz", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Amnesty International criticised the verdicts against the teachers in Tabriz.", "Amnesty International")]
    [InlineData("The European Union welcomed the release of the teachers in Tabriz.", "European Union")]
    [InlineData("Human Rights Watch praised the courage of the teachers in Tabriz.", "Human Rights Watch")]
    public void Verbs_of_judging_say_all_they_say_with_their_object(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }
}
