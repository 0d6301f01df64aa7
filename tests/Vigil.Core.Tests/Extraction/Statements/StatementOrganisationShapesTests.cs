using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>
/// How NGOs, agencies and newsrooms report what organisations said: "according to state media", "X reported" with no
/// "that", "reports Saturday that", "It noted that …" after the organisation was named, a website described by a
/// relative clause, "X's report found …" — each on invented sentences.
/// </summary>
public class StatementOrganisationShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static System.Collections.Immutable.ImmutableArray<StatementMention> All(string body) => Pipeline.Run(body, new DateOnly(2023, 5, 10), "en").Statements;

    private static StatementMention One(string body) => Assert.Single(All(body));

    [Theory]
    [InlineData("Nine students were detained in Tabriz on May 2, according to state media.", "state media")]
    [InlineData("On May 2, state media reported that nine students were detained in Tabriz.", "state media")]
    [InlineData("Official media said that nine students were detained in Tabriz.", "official media")]
    [InlineData("Iranian media reported that nine students were detained in Tabriz.", "Iranian media")]
    public void A_kind_of_media_is_a_speaker(string body, string speaker) => Assert.Equal(speaker, One(body).Speaker);

    [Theory]
    [InlineData("The Office of the Caspian Rights Commissioner stated that 20 people had been detained.", "Office of the Caspian Rights Commissioner")]
    [InlineData("The Ministry of the Interior said that order had been restored in Bukan.", "Ministry of the Interior")]
    public void An_article_inside_an_institutions_name_keeps_the_name_whole(string body, string speaker) => Assert.Equal(speaker, One(body).Speaker);

    [Fact]
    public void A_verb_of_condemning_says_it_with_a_short_object()
    {
        var statement = One("The European Parliament strongly condemned the hangings.");

        Assert.Equal("European Parliament", statement.Speaker);
        Assert.Equal("the hangings.", statement.Quote);
    }

    [Fact]
    public void A_short_object_of_another_verb_is_no_statement() => Assert.Empty(All("The European Parliament noted the hangings."));

    [Fact]
    public void The_media_alone_names_nobody() => Assert.Empty(All("The media reported that nine students were detained in Tabriz."));

    [Fact]
    public void Reported_with_a_clause_and_no_that_is_a_statement()
    {
        var statement = One("On May 4, the Kurdistan Teachers Union reported security forces beat dozens of teachers in Sanandaj.");

        Assert.Equal("Kurdistan Teachers Union", statement.Speaker);
        Assert.Equal("2023-05-04", statement.Date?.ToString());
    }

    [Fact]
    public void Reported_with_an_event_noun_is_a_statement() =>
        Assert.Equal("NetWatch", One("NetWatch, a monitoring group, reported outages of mobile internet across Kurdistan.").Speaker);

    [Theory]
    [InlineData("The commander reported to the governor's office in Sanandaj on Monday.")]
    [InlineData("Two conscripts reported for duty at the base in Bushehr.")]
    public void Reported_to_or_for_is_no_statement(string body) => Assert.Empty(All(body));

    [Fact]
    public void A_date_between_the_verb_and_that_dates_the_statement()
    {
        var statement = One("The Baloch Activists Campaign reports Saturday that police arrested four teachers in Zahedan.");

        Assert.Equal("Baloch Activists Campaign", statement.Speaker);
        Assert.Equal("2023-05-06", statement.Date?.ToString());
        Assert.StartsWith("police arrested", statement.Quote);
    }

    [Fact]
    public void A_relative_clause_inside_the_speakers_phrase_keeps_the_speaker()
    {
        var statement = One("The Zagros News website that covers Lorestan province reported that police arrested four teachers in Khorramabad.");

        Assert.Equal("Zagros News", statement.Speaker);
    }

    [Fact]
    public void It_after_an_organisation_is_that_organisation_and_one_statement()
    {
        const string body = "Kurdistan Rights Watch also covered the strikes in Saqqez. It noted that at least 20 workers were held overnight.";
        var statement = One(body);

        Assert.Equal("Kurdistan Rights Watch", statement.Speaker);
        Assert.Equal(body, body[statement.Evidence.Start..statement.Evidence.End]);
    }

    [Fact]
    public void The_group_after_an_organisation_is_that_organisation() =>
        Assert.All(All("Iran Prison Watch documented the arrests of 12 students. The group said that they were held without charge."),
            s => Assert.Equal("Iran Prison Watch", s.Speaker));

    [Fact]
    public void It_with_no_organisation_before_names_nobody() =>
        Assert.Empty(All("The protest ended at noon. It said that the roads were closed."));

    [Theory]
    [InlineData("Amnesty International's latest report identified at least 12 more people at risk of execution.", "Amnesty International")]
    [InlineData("Human Rights Watch's annual report found that the killings were widespread.", "Human Rights Watch")]
    public void A_report_of_a_named_speaker_speaks_for_it(string body, string speaker) => Assert.Equal(speaker, One(body).Speaker);

    [Fact]
    public void A_report_of_nobody_named_is_no_statement() =>
        Assert.Empty(All("The report identified at least 12 more people at risk of execution."));

    [Fact]
    public void A_trailing_attribution_followed_by_a_comma_says_the_clause_before_it()
    {
        var statement = One("Strikes spread to twelve oil refineries in Khuzestan on Sunday, state media said, as the authorities closed the roads.");

        Assert.Equal("state media", statement.Speaker);
        Assert.Equal("Strikes spread to twelve oil refineries in Khuzestan on Sunday", statement.Quote);
    }

    [Fact]
    public void A_short_quotation_inside_the_reported_clause_is_not_the_statement()
    {
        const string body = "Iran Prison Watch noted that on the anniversary of \"Black Friday,\" residents of Zahedan marched to the governor's office.";
        var statement = One(body);

        Assert.EndsWith("governor's office.", body[statement.Evidence.Start..statement.Evidence.End]);
    }

    [Fact]
    public void According_to_evidence_starts_at_the_sentence_not_the_space_before_it()
    {
        const string body = "The strike ended. On May 3, two bakers were detained in Yazd, according to state media.";
        var statement = One(body);

        Assert.StartsWith("On May 3", body[statement.Evidence.Start..statement.Evidence.End]);
    }

    [Theory]
    [InlineData("NetBlocks, a watchdog organization that monitors cybersecurity and internet governance, reported outages in Zahedan.", "NetBlocks")]
    [InlineData("Hengaw, a group that documents arrests and killings in Kurdistan, said that two men were executed.", "Hengaw")]
    [InlineData("The Zagros News website that covers Lorestan and Ilam reported that police arrested four teachers.", "Zagros News")]
    public void An_and_inside_a_relative_clause_does_not_cut_the_speaker(string body, string speaker) => Assert.Equal(speaker, One(body).Speaker);

    [Theory]
    [InlineData("The main cause was the death of Ali Rezaei, and an alleged prior incidence of abuse by a colonel in Chabahar.")]
    [InlineData("Reza Karimi's family learned of the alleged incident from a neighbour.")]
    [InlineData("Investigators examined their alleged links to the group.")]
    [InlineData("State media aired a claimed confession from prison.")]
    public void A_speech_verb_used_as_an_adjective_is_no_statement(string body) => Assert.Empty(All(body));

    [Fact]
    public void The_verb_alleged_still_reports_speech() =>
        Assert.Equal("Amnesty International", One("Amnesty International alleged that guards tortured the detainees.").Speaker);
}

