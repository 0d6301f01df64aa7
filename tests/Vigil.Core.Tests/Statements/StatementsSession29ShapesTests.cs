using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Statements;

/// <summary>
/// Shapes missed on session 29's unseen develop half, written as general rules on invented sentences: a speech verb joined
/// by "and" after a subject with an appositive, "another" before an office, "voiced" as speech, and a quotation relayed by
/// an outlet after its speaker's own attribution.
/// </summary>
public sealed class StatementsSession29ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static StatementMention[] Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2024, 3, 6), "en").Statements];

    [Fact]
    public void A_joined_speech_verb_belongs_to_the_name_before_an_appositive_office()
    {
        var statement = Assert.Single(Run(
            "Laura Finch, director for Asia at the Foreign Office, held the meeting with Mr Ortiz and underlined the UK’s opposition to the death penalty."));

        Assert.Equal("Laura Finch", statement.Speaker);
    }

    [Fact]
    public void A_joined_speech_verb_after_an_appositive_with_an_article_belongs_to_the_name()
    {
        var statement = Assert.Single(Run("Laura Finch, a spokeswoman, visited the port and stressed that the talks had failed."));

        Assert.Equal("Laura Finch", statement.Speaker);
    }

    [Fact]
    public void A_list_of_names_before_a_joined_verb_is_no_appositive()
    {
        Assert.Empty(Run("Laura Finch, Chile and Peru met in Lima and said the talks had failed."));
    }

    [Fact]
    public void Another_office_holder_names_nobody()
    {
        Assert.Empty(Run("Another spokesman condemned the strike at the port."));
    }

    [Fact]
    public void The_office_after_another_holder_of_it_is_not_the_one_named_before()
    {
        var statements = Run(
            "Council spokesman Omar Haddad visited the port on Sunday. Another spokesman condemned the strike. The spokesman said the workers had broken the law.");

        Assert.DoesNotContain(statements, s => s.Speaker == "Omar Haddad");
    }

    [Fact]
    public void The_office_still_refers_to_the_holder_named_before_without_another()
    {
        var statement = Assert.Single(Run("Council spokesman Omar Haddad visited the port on Sunday. The spokesman said the workers had broken the law."));

        Assert.Equal("Omar Haddad", statement.Speaker);
    }

    [Fact]
    public void Voiced_with_its_object_reports_speech()
    {
        var statement = Assert.Single(Run("Council spokesman Omar Haddad voiced concern over the arrests on Sunday."));

        Assert.Equal("Omar Haddad", statement.Speaker);
        Assert.Equal("2024-03-03", statement.Date?.ToString());
    }

    [Fact]
    public void Voiced_after_a_group_that_names_nobody_is_no_statement()
    {
        Assert.Empty(Run("Protesters voiced their anger at the new tax."));
    }

    [Fact]
    public void An_outlet_after_the_speakers_attribution_of_a_quotation_is_its_outlet()
    {
        var statement = Assert.Single(Run(
            "The new rules are an “attack on the press,” government spokesman Omar Haddad said on Friday, adding that editors should obey the law, the semi-official Iranian Labour News Agency (ILNA) reported."));

        Assert.Equal("Omar Haddad", statement.Speaker);
        Assert.Equal("ILNA", statement.Outlet);
        Assert.Equal("2024-03-01", statement.Date?.ToString());
    }

    [Fact]
    public void Two_speakers_of_one_verb_after_a_quotation_stay_two_statements()
    {
        var statements = Run("“We are tired of waiting,” Omar Haddad and Amnesty International said.");

        Assert.Equal(["Omar Haddad", "Amnesty International"], statements.Select(s => s.Speaker).ToArray());
    }

    [Fact]
    public void According_to_the_authorities_makes_the_authorities_the_speaker()
    {
        var statement = Assert.Single(Run("Forty people were detained in the port city, according to the authorities."));

        Assert.Equal("authorities", statement.Speaker);
        Assert.Contains("Forty people were detained", statement.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_authorities_as_a_subject_stay_a_general_one()
    {
        Assert.Empty(Run("The authorities have long said that the port is closed to foreign ships."));
    }

    [Fact]
    public void Police_without_an_article_speak_in_a_relative_clause()
    {
        var statement = Assert.Single(Run("Protests followed the death of a teacher who police confirmed had died of a heart attack."));

        Assert.Equal("police", statement.Speaker);
    }

    [Fact]
    public void Police_without_an_article_speak_after_the_words_said()
    {
        var statement = Assert.Single(Run("The teacher had died of a heart attack in the cell, police said on Monday."));

        Assert.Equal("police", statement.Speaker);
        Assert.Equal("2024-03-04", statement.Date?.ToString());
    }

    [Fact]
    public void Police_acting_make_no_statement()
    {
        Assert.Empty(Run("Riot police fired tear gas at the crowd near the bazaar."));
    }

    [Fact]
    public void The_office_of_a_named_person_speaks_as_that_office()
    {
        var statement = Assert.Single(Run("The strike at the port had ended, Laura Finch's office said on Monday."));

        Assert.Equal("Laura Finch's office", statement.Speaker);
    }

    [Fact]
    public void A_country_mission_speaks_without_its_posting()
    {
        var statement = Assert.Single(Run("Chile's mission to the United Nations said the report was biased and unfounded."));

        Assert.Equal("Chile's mission", statement.Speaker);
    }

    [Fact]
    public void An_office_owned_by_a_pronoun_names_nobody()
    {
        Assert.Empty(Run("His office said the report was biased and unfounded."));
    }

    [Fact]
    public void A_courtesy_title_before_the_speakers_name_is_no_role()
    {
        var statement = Assert.Single(Run("Ms Finch called on the government to end the executions at once."));

        Assert.Equal("Finch", statement.Speaker);
        Assert.Null(statement.SpeakerRole);
    }
}
