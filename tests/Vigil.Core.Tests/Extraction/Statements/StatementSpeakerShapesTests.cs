using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>
/// How real reports name who spoke — "according to" an organisation, roles in appositives with or without an article,
/// a role before the name, kinds of media and of organisation, honorifics — each on invented sentences.
/// </summary>
public class StatementSpeakerShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static StatementMention One(string body) => Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 6), "en").Statements);

    [Theory]
    [InlineData("According to Amnesty International, 44 people were executed in April.", "Amnesty International", null)]
    [InlineData("According to the NGO Kurdistan Rights Watch, 44 people were executed in April.", "Kurdistan Rights Watch", "NGO")]
    [InlineData("According to the rights group Hengaw, 44 people were executed in April.", "Hengaw", "rights group")]
    [InlineData("According to the Baloch Activists Campaign in London, 44 people were executed in April.", "Baloch Activists Campaign", null)]
    [InlineData("According to the Center for Human Rights in Iran, 44 people were executed in April.", "Center for Human Rights in Iran", null)]
    [InlineData("According to a statement by the Caspian Lawyers Association, 44 people were executed in April.", "Caspian Lawyers Association", null)]
    [InlineData("According to a new report from Kurdistan Rights Watch, 44 people were executed in April.", "Kurdistan Rights Watch", null)]
    public void According_to_names_the_speaker_and_its_kind(string body, string speaker, string? role)
    {
        var statement = One(body);

        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(role, statement.SpeakerRole);
    }

    [Fact]
    public void A_role_appositive_without_an_article_is_the_speakers_role()
    {
        var statement = One("Karim Nazari, former head of the provincial judiciary, said the detainees would be tried soon.");

        Assert.Equal("Karim Nazari", statement.Speaker);
        Assert.Equal("former head of the provincial judiciary", statement.SpeakerRole);
    }

    [Theory]
    [InlineData("Sheikh Ahmad Karimi, Friday prayer leader of Zahedan, said the killings were a crime.", "Ahmad Karimi")]
    [InlineData("Ali Rezaei, Tehran University lecturer and former head of the bar, said the trials were unfair.", "Ali Rezaei")]
    [InlineData("Hamid Nouri, Kurdistan province governor, told reporters that order had been restored.", "Hamid Nouri")]
    public void A_role_appositive_opening_with_a_capitalised_word_is_still_a_role(string body, string speaker) =>
        Assert.Equal(speaker, One(body).Speaker);

    [Fact]
    public void A_titled_name_after_a_fronted_place_is_the_speaker() =>
        Assert.Equal("Ahmad Karimi", One("In Zahedan, Friday prayer leader Ahmad Karimi said the killings were a crime.").Speaker);

    [Fact]
    public void The_role_after_an_inverted_speaker_is_kept()
    {
        var statement = One("\"We will not retreat from our demands,\" said Reza Ahmadi, a spokesman for the bus drivers' union.");

        Assert.Equal("Reza Ahmadi", statement.Speaker);
        Assert.Equal("spokesman for the bus drivers' union", statement.SpeakerRole);
    }

    [Fact]
    public void An_inverted_speaker_after_an_unquoted_clause_speaks_it_with_their_role()
    {
        var statement = One("Guards took the teacher to an unknown location, said Parisa Hosseini, a cousin of the teacher and a lawyer.");

        Assert.Equal("Parisa Hosseini", statement.Speaker);
        Assert.Equal("cousin of the teacher and a lawyer", statement.SpeakerRole);
        Assert.StartsWith("Guards took the teacher", statement.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Police detained four students at the gate, said reports.")]
    [InlineData("The prisoners were moved at night, said to be a routine step.")]
    public void An_inverted_verb_without_a_named_speaker_is_no_statement(string body)
    {
        Assert.Empty(Pipeline.Run(body, null, "en").Statements);
    }

    [Theory]
    [InlineData("Kurdish Rights Watch and Caspian Lawyers Association said the trials were grossly unfair.", "Kurdish Rights Watch", "Caspian Lawyers Association")]
    [InlineData("Justice Watch and Amnesty International said on Monday that the verdicts must be quashed.", "Justice Watch", "Amnesty International")]
    public void Jointly_named_organisations_make_one_statement_each(string body, string first, string second)
    {
        var speakers = Pipeline.Run(body, null, "en").Statements.Select(s => s.Speaker).ToList();

        Assert.Equal([first, second], speakers);
    }

    [Theory]
    [InlineData("The governor of Sistan and Baluchestan said that calm had returned to the city.", "governor of Sistan and Baluchestan")]
    [InlineData("The police chief of Chaharmahal and Bakhtiari said that calm had returned to the city.", "police chief of Chaharmahal and Bakhtiari")]
    public void An_office_of_a_place_named_with_and_is_one_speaker(string body, string speaker)
    {
        Assert.Equal(speaker, One(body).Speaker);
    }

    [Fact]
    public void An_office_before_the_name_is_the_speakers_role()
    {
        var statement = One("The spokesman of the judiciary, Masoud Setayeshi, announced that 12 people had been charged.");

        Assert.Equal("Masoud Setayeshi", statement.Speaker);
        Assert.Equal("spokesman of the judiciary", statement.SpeakerRole);
    }

    [Fact]
    public void A_sentence_initial_kind_of_medium_is_not_an_outlets_name()
    {
        Assert.Equal("state television", One("State television reported that calm had returned to Mashhad.").Speaker);
    }

    [Fact]
    public void An_office_beside_the_name_outranks_an_honorific()
    {
        var statement = One("Mowlavi Karimzadeh, the Friday prayer leader of Saravan, said the killings were a crime.");

        Assert.Equal("Friday prayer leader of Saravan", statement.SpeakerRole);
    }

    [Fact]
    public void A_report_of_one_arrest_is_a_finding()
    {
        Assert.Equal("Kurdish Rights Network", One("The Kurdish Rights Network reported the arrest of five students in Sanandaj.").Speaker);
    }

    [Fact]
    public void An_unnamed_speaker_with_an_indefinite_article_is_nobody_named_earlier()
    {
        var body = "The judiciary spokesman, Ali Karimi, told reporters that protesters would be tried. "
            + "Authorities may lift the curfew in the coming days, a government spokesman said.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 6), "en").Statements);

        Assert.Equal("Ali Karimi", statement.Speaker);
    }

    // The clause is looked through for an outlet's noun or name before any of its words is made into a string: an
    // outlet named by its name or after its noun is still found.
    [Theory]
    [InlineData("Interior Minister Ahmad Vahidi told IRNA on Monday that 200 rioters were arrested.", "IRNA")]
    [InlineData("Interior Minister Ahmad Vahidi told state news agency IRNA on Monday that 200 rioters were arrested.", "IRNA")]
    [InlineData("Interior Minister Ahmad Vahidi told reporters on Monday that 200 rioters were arrested.", null)]
    public void The_outlet_a_speaker_told_is_the_statement_s_outlet(string body, string? outlet)
    {
        Assert.Equal(outlet, One(body).Outlet);
    }
}

/// <summary>Speakers known only by their office, and subjects that name nobody who could speak. Invented sentences.</summary>
public class StatementSpeakerOfficeTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<StatementMention> Run(string body) => [.. Pipeline.Run(body, new DateOnly(2023, 5, 6), "en").Statements];

    [Theory]
    [InlineData("The spokesman of the judiciary said on Sunday that 40 people had been arrested in Shiraz.", "spokesman of the judiciary")]
    [InlineData("The head of the police said that the detainees would be released on bail.", "head of the police")]
    public void An_office_of_an_institution_speaks_as_a_description(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Theory]
    [InlineData("The judiciary's spokesman told reporters that 20 protesters had been sentenced.", "spokesman of the judiciary")]
    [InlineData("The interior minister said that 20 protesters had been charged.", "interior minister")]
    public void An_office_named_by_its_qualifier_speaks_when_nobody_held_it_before(string body, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Run(body)).Speaker);
    }

    [Fact]
    public void An_office_refers_to_the_person_named_with_it_before()
    {
        var statements = Run("Interior minister Ahmad Vahidi visited Zahedan on Monday. The interior minister said that order had been restored in the city.");

        Assert.Equal("Ahmad Vahidi", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void A_dateline_is_neither_the_speakers_role_nor_the_evidence()
    {
        var body = "SANANDAJ, May 2 (Reuters) - Judiciary spokesman Ali Karimi said on Tuesday that 20 protesters had been sentenced.";

        var statement = Assert.Single(Run(body));

        Assert.Equal(("Ali Karimi", "Judiciary spokesman"), (statement.Speaker, statement.SpeakerRole));
        Assert.StartsWith("Judiciary spokesman", body[statement.Evidence.Start..statement.Evidence.End]);
    }

    [Theory]
    [InlineData("Protests continued from late February to early April in Sanandaj.")]
    [InlineData("Residents of Bukan said that police arrested 12 teachers on May 3.")]
    [InlineData("The families of the detainees said that they had not been allowed visits.")]
    public void Events_and_described_groups_are_not_speakers(string body)
    {
        Assert.Empty(Run(body));
    }
}
