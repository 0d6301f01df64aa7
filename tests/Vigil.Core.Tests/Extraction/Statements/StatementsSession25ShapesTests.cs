using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>Statement shapes found on a third set of reports nobody tuned on (session 25), each on invented sentences.</summary>
public sealed class StatementsSession25ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static Vigil.Core.Extraction.Statements.StatementMention[] Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements];

    [Fact]
    public void A_pronoun_goes_on_with_the_speaker_not_with_a_person_named_in_what_they_said()
    {
        var statement = Assert.Single(Run(
            "Reza Karimi, the head of the local council, said the strike was organised by Ali Ahmadi and the union. He added that workers had not been paid."));

        Assert.Equal("Reza Karimi", statement.Speaker);
    }

    [Fact]
    public void A_trailing_medium_after_a_named_speakers_remark_is_its_outlet_not_a_second_speaker()
    {
        var statement = Assert.Single(Run("Speaking to state TV, Karimi said that the roads into Rasht were closed, Reuters reports."));

        Assert.Equal("Karimi", statement.Speaker);
        Assert.Equal("state tv", statement.Outlet, ignoreCase: true);
    }

    [Fact]
    public void A_trailing_speaker_after_a_clause_without_a_speaker_still_speaks()
    {
        var statement = Assert.Single(Run("Protests continued in Zahedan after the Friday prayers, HRANA said."));

        Assert.Equal("HRANA", statement.Speaker);
    }

    [Fact]
    public void A_speech_verb_ending_its_line_with_a_colon_hands_the_next_paragraph_to_the_speaker()
    {
        var statement = Assert.Single(Run("The Interior Minister Ahmad Rezaei said:\n\nThe rallies in Tabriz were illegal and the organisers will be punished."));

        Assert.Equal("Ahmad Rezaei", statement.Speaker);
        Assert.Contains("rallies in Tabriz were illegal", statement.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_announcing_a_statement_and_its_holder_saying_it_make_one_statement()
    {
        var statement = Assert.Single(Run(
            "The Interior Minister has made the following statement on the protests.\n\nThe Interior Minister Ahmad Rezaei said:\n\nThe rallies in Tabriz were illegal and the organisers will be punished."));

        Assert.Equal("Ahmad Rezaei", statement.Speaker);
        Assert.Equal("Interior Minister", statement.SpeakerRole);
    }

    [Fact]
    public void An_office_speaking_alone_is_the_one_person_the_report_gives_that_office()
    {
        var statement = Assert.Single(Run(
            "The Labour Minister issued a statement on the strike in Ahvaz.\n\nThe drivers in Ahvaz have not been paid since March, Labour Minister Hamid Nouri told reporters."));

        Assert.Equal("Hamid Nouri", statement.Speaker);
        Assert.Equal("Labour Minister", statement.SpeakerRole);
    }

    [Theory]
    [InlineData("The German government said it had summoned the ambassador over the executions.", "German government")]
    [InlineData("Iran's foreign ministry said the protests in Tabriz were organised from abroad.", "Iran's foreign ministry")]
    [InlineData("The UN human rights office said that at least 14,000 people had been arrested.", "UN human rights office")]
    [InlineData("The French foreign ministry condemned the execution of the two men.", "French foreign ministry")]
    public void An_institution_named_by_a_lower_case_noun_after_its_qualifiers_speaks(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Theory]
    [InlineData("Protesters outside the office said they would return on Sunday.")]
    [InlineData("The office said nothing about the arrests in Qom.")]
    public void A_bare_or_unqualified_office_names_no_institution(string body)
    {
        Assert.Empty(Run(body));
    }

    [Theory]
    [InlineData("Six protesters were arrested in Qom, the semi-official ISNA news agency said on Sunday.", "ISNA")]
    [InlineData("Six protesters were arrested in Qom, the ILNA news agency reported.", "ILNA")]
    [InlineData("The judiciary's Mizan news agency said the sentences of the six men were upheld.", "Mizan")]
    public void A_news_agency_is_named_by_the_word_before_news(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void As_a_speaker_has_said_the_clause_after_the_comma_is_what_they_said()
    {
        var statement = Assert.Single(Run("As President Ali Karimi has said, the protesters in Tabriz are misled by foreign media."));

        Assert.Equal("Ali Karimi", statement.Speaker);
    }

    [Fact]
    public void Testimony_is_a_statement()
    {
        var statement = Assert.Single(Run("On June 14, Minister Ali Karimi testified to parliament that 30 people had been detained in Qom."));

        Assert.Equal("Ali Karimi", statement.Speaker);
    }

    [Theory]
    [InlineData("The IRGC-affiliated Tasnim news agency reported that two officers were killed in Zahedan.", "Tasnim")]
    [InlineData("The Oslo-based IHR said at least 20 protesters were executed in May.", "IHR")]
    [InlineData("The NGO HRANA reported on Friday that 12 students were detained in Tabriz.", "HRANA")]
    public void A_word_describing_an_organisation_before_its_name_is_not_part_of_the_name(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Fact]
    public void A_role_never_opens_with_a_preposition()
    {
        var statement = Assert.Single(Run("Anger in Tabriz shifted from the police to Iran’s Revolutionary Guards, which admitted its role in the shooting after days of denial."));

        Assert.Equal("Revolutionary Guards", statement.Speaker);
        Assert.Null(statement.SpeakerRole);
    }

    [Theory]
    [InlineData("Iranian officials said that 40 rioters were arrested in Karaj on Monday.", "Iranian officials")]
    [InlineData("UN experts said the trials of the six men in Tehran were unfair.", "UN experts")]
    [InlineData("The Iranian authorities announced that the internet in Zahedan was restored.", "Iranian authorities")]
    public void Officials_of_a_named_country_or_body_speak_together(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Theory]
    [InlineData("Officials said that 40 rioters were arrested in Karaj on Monday.")]
    [InlineData("Senior officials said that 40 rioters were arrested in Karaj on Monday.")]
    [InlineData("Iranian officials have said such trials are fair.")]
    public void Officials_of_nobody_named_or_in_a_general_remark_make_no_statement(string body)
    {
        Assert.Empty(Run(body));
    }

    [Theory]
    [InlineData("IRNA quoted police chief Ahmad Rezaei as saying that 40 rioters were arrested in Karaj.")]
    [InlineData("Police chief Ahmad Rezaei was quoted by IRNA as saying that 40 rioters were arrested in Karaj.")]
    [InlineData("Forty rioters were arrested in Karaj, police chief Ahmad Rezaei was quoted as saying by IRNA.")]
    [InlineData("Police chief Ahmad Rezaei, quoted by IRNA, said 40 rioters were arrested in Karaj.")]
    public void A_relayed_remark_is_the_speakers_with_the_relaying_medium_as_outlet(string body)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal("Ahmad Rezaei", statement.Speaker);
        Assert.Equal("IRNA", statement.Outlet);
    }

    [Theory]
    [InlineData("A statement from the Interior Ministry said 40 rioters were arrested in Karaj.", "Interior Ministry")]
    [InlineData("The report by Amnesty International said 40 protesters were tortured in Karaj.", "Amnesty International")]
    public void The_author_of_a_document_that_says_something_speaks(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }
}
