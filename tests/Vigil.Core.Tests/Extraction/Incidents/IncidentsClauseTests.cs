using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// One sentence, two events: each takes the place and date of its own clause; and a place named as an event's cause
/// ("in solidarity with …") is not where it happened. Invented sentences, published Saturday 10 June 2023.
/// </summary>
public class IncidentsClauseTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string body) => [.. Pipeline.Run(body, new DateOnly(2023, 6, 10), "en").Incidents];

    private static string Where(IncidentMention i) => i.Location?.Name ?? "-";

    [Fact]
    public void Two_clauses_joined_by_a_comma_and_keep_their_own_place_and_date()
    {
        var incidents = Run("Students gathered in Tabriz on Monday, and security forces killed two people in Zahedan on Tuesday.");

        var protest = Assert.Single(incidents, i => i.Type == IncidentType.Protest);
        var killing = Assert.Single(incidents, i => i.Type == IncidentType.Killing);
        Assert.Equal(("Tabriz", "2023-06-05"), (Where(protest), protest.Date?.ToString()));
        Assert.Equal(("Zahedan", "2023-06-06"), (Where(killing), killing.Date?.ToString()));
    }

    [Theory]
    [InlineData("The 2021 water protests, which took place in July 2021 in Ahvaz, drew thousands.", "2021-07")]
    [InlineData("In 2022, students in Ahvaz protested on 4 October.", "2022-10-04")]
    public void A_bare_year_gives_way_to_a_more_precise_date_of_that_year(string sentence, string date)
    {
        var protest = Assert.Single(Run(sentence), i => i.Type == IncidentType.Protest);

        Assert.Equal(date, protest.Date?.ToString());
    }

    [Fact]
    public void A_bare_year_stays_when_the_precise_date_is_of_another_year()
    {
        var protest = Assert.Single(Run("The 2019 protests in Ahvaz were recalled at a vigil on 4 October 2022."), i => i.Type == IncidentType.Protest);

        Assert.Equal("2019", protest.Date?.ToString());
    }

    [Fact]
    public void The_next_day_in_a_clause_without_a_date_is_the_day_after()
    {
        var incidents = Run("Security forces killed two men in Baneh on 21 May, and detained a dozen in Saqqez the next day.");

        Assert.Equal("2023-05-21", Assert.Single(incidents, i => i.Type == IncidentType.Killing).Date?.ToString());
        Assert.Equal("2023-05-22", Assert.Single(incidents, i => i.Type == IncidentType.Arrest).Date?.ToString());
    }

    [Fact]
    public void The_following_day_after_a_dated_sentence_is_the_day_after()
    {
        var arrest = Assert.Single(Run("Teachers marched in Baneh on 31 May. The following day, police detained six of them in Baneh."), i => i.Type == IncidentType.Arrest);

        Assert.Equal("2023-06-01", arrest.Date?.ToString());
    }

    [Fact]
    public void The_next_day_after_a_month_stays_that_month()
    {
        var arrest = Assert.Single(Run("Teachers marched in Baneh in May. The next day police detained six of them in Baneh."), i => i.Type == IncidentType.Arrest);

        Assert.Equal("2023-05", arrest.Date?.ToString());
    }

    [Fact]
    public void A_crowd_dispersed_had_gathered()
    {
        var protest = Assert.Single(Run("In Bojnurd, police used batons to disperse protesters on 4 June."), i => i.Type == IncidentType.Protest);

        Assert.Equal("Bojnurd", Where(protest));
    }

    [Fact]
    public void A_second_verb_after_a_complete_clause_opens_a_clause_of_its_own()
    {
        var incidents = Run("Police killed three men in Saqqez and arrested ten in Baneh on 2 June.");

        Assert.Equal(["Saqqez"], incidents.Where(i => i.Type == IncidentType.Killing).Select(Where));
        Assert.Equal(["Baneh"], incidents.Where(i => i.Type == IncidentType.Arrest).Select(Where));
    }

    [Fact]
    public void Coordinated_verbs_share_the_place_named_after_them()
    {
        var incidents = Run("Security forces killed four and injured dozens in Izeh on 16 November.");

        Assert.Equal(["Izeh"], incidents.Where(i => i.Type == IncidentType.Killing).Select(Where));
        Assert.Equal(["Izeh"], incidents.Where(i => i.Type == IncidentType.Injury).Select(Where));
    }

    [Fact]
    public void A_list_of_places_is_not_cut_into_clauses()
    {
        var incidents = Run("Teachers protested in Tabriz and Ardabil on 3 June.");

        Assert.Equal(["Ardabil", "Tabriz"], incidents.Where(i => i.Type == IncidentType.Protest).Select(Where).Order());
    }

    [Theory]
    [InlineData("A rally in solidarity with the people of Zahedan was held in Rasht on 3 June.")]
    [InlineData("Students in Rasht chanted in support of Zahedan on 3 June.")]
    public void A_place_named_as_the_cause_is_not_where_the_event_happened(string sentence)
    {
        var protest = Assert.Single(Run(sentence));

        Assert.Equal("Rasht", Where(protest));
    }

    [Fact]
    public void Places_listed_after_the_cause_and_a_comma_are_where_rallies_were_held()
    {
        var incidents = Run("People held rallies in solidarity with Zahedan, including Tabriz and Rasht, on 3 June.");

        Assert.Equal(["Rasht", "Tabriz"], incidents.Select(Where).Order());
    }

    [Theory]
    [InlineData("Ali Rezaei, a student from Sanandaj, was killed in Tehran on 3 June.", "Tehran")]
    [InlineData("A teacher originally from Bukan and Mahabad was arrested in Urmia on 2 June.", "Urmia")]
    [InlineData("Reports from Khash said police shot dead a boy in Saravan on 4 June.", "Saravan")]
    public void A_place_people_come_from_is_not_where_the_event_was(string text, string place)
    {
        var incident = Assert.Single(Run(text));

        Assert.Equal(place, Where(incident));
    }

    [Fact]
    public void Places_of_origin_alone_still_place_the_event()
    {
        var incidents = Run("Protesters from Sanandaj and Mahabad marched on 3 June.");

        Assert.Equal(["Mahabad", "Sanandaj"], incidents.Select(Where).Order());
    }

    [Theory]
    [InlineData("At least ten members were imprisoned in Shiraz on 2 June, and others may be held at Evin Prison in Tehran.", "Shiraz")]
    [InlineData("Police arrested five people in Ahvaz on 2 June, and more might have been detained in Dezful.", "Ahvaz")]
    [InlineData("Guards killed two inmates in Urmia on 1 June; two more could have died in Khoy.", "Urmia")]
    public void A_hedged_second_place_makes_no_second_incident(string text, string place)
    {
        var incident = Assert.Single(Run(text));

        Assert.Equal(place, Where(incident));
    }

    [Fact]
    public void The_month_May_is_no_hedge()
    {
        var incidents = Run("Police arrested five people in Ahvaz and ten in Dezful in May 2023.");

        Assert.Equal(["Ahvaz", "Dezful"], incidents.Select(Where).Order());
    }

    [Theory]
    [InlineData("The Revolutionary Guards fired on the crowd in Zahedan on 3 June, according to the NGO Iran Human Rights in Oslo.", "Zahedan")]
    [InlineData("The Revolutionary Guards fired on the crowd in Iran on 3 June, according to the NGO Iran Human Rights in Oslo.", "Iran")]
    [InlineData("Police killed two protesters in Saravan on 3 June, according to the Haalvsh website in Zahedan.", "Saravan")]
    [InlineData("Police killed two protesters on 3 June, according to residents of Khash.", "Khash")]
    public void A_place_in_an_according_to_attribution_is_where_the_source_is(string text, string place)
    {
        var incident = Assert.Single(Run(text));

        Assert.Equal(place, Where(incident));
    }

    [Theory]
    [InlineData("The rally in Abadan brought back memories of June 2018, when police detained dozens of workers.", "Abadan", IncidentType.Arrest, "2018-06", "Iran")]
    [InlineData("Families gathered in Mashhad to mark 15 November 2019, when security forces shot dead three men in Behbahan.", "Mashhad", IncidentType.Killing, "2019-11-15", "Behbahan")]
    [InlineData("Teachers marched in Ahvaz, the largest demonstration since March 2022, when guards beat dozens of prisoners; nobody was held to account.", "Ahvaz", IncidentType.Attack, "2022-03", "Iran")]
    public void A_when_clause_after_a_date_named_as_a_thing_tells_another_moment(string text, string mainPlace, IncidentType type, string date, string place)
    {
        var incidents = Run(text);

        var recalled = Assert.Single(incidents, i => i.Type == type);
        var main = Assert.Single(incidents, i => i.Type == IncidentType.Protest);
        Assert.Equal((date, place), (recalled.Date?.ToString(), Where(recalled)));
        Assert.Equal(mainPlace, Where(main));
        Assert.NotEqual(date, main.Date?.ToString());
    }

    [Theory]
    [InlineData("Police arrested ten students in Tabriz on 3 June, when the rally turned violent.", "2023-06-03", "Tabriz")]
    [InlineData("In May 2023, when bread prices doubled, police arrested ten workers in Abadan.", "2023-05", "Abadan")]
    [InlineData("Police arrested ten workers in Abadan during May 2023, when bread prices doubled.", "2023-05", "Abadan")]
    public void A_when_clause_after_the_main_clause_s_own_date_keeps_its_date_and_place(string text, string date, string place)
    {
        var arrest = Assert.Single(Run(text), i => i.Type == IncidentType.Arrest);

        Assert.Equal((date, place), (arrest.Date?.ToString(), Where(arrest)));
    }

    [Theory]
    [InlineData("The clashes followed the beating of a student in Sanandaj in May, and the 2 June death of Reza Karimi after his arrest.", IncidentType.Killing, "2023-06-02")]
    [InlineData("Relatives recalled the arrest of two teachers in Ahvaz in April, and the execution of their colleague on 1 June.", IncidentType.Execution, "2023-06-01")]
    [InlineData("Lawyers protested the detention of a journalist in Rasht last month, and her trial on 8 June.", IncidentType.Other, "2023-06-08")]
    public void A_coordinated_noun_phrase_with_its_own_date_does_not_borrow_the_other_event_s_place(string text, IncidentType type, string date)
    {
        var incident = Assert.Single(Run(text), i => i.Type == type);

        Assert.Equal((date, "Iran"), (incident.Date?.ToString(), Where(incident)));
    }

    [Fact]
    public void Every_event_of_a_coordinated_noun_phrase_stays_out_of_the_other_event_s_place()
    {
        var arrest = Assert.Single(Run("The clashes followed the beating of a student in Sanandaj in May, and the 2 June death of Reza Karimi after his arrest."), i => i.Type == IncidentType.Arrest);

        Assert.Equal("Iran", Where(arrest));
    }

    [Fact]
    public void A_list_of_actors_after_a_comma_is_no_noun_phrase_naming_an_event()
    {
        var killing = Assert.Single(Run("Police fired on workers in Abadan on 1 June, and the guards of the refinery later caused the deaths of two men on 2 June."), i => i.Type == IncidentType.Killing);

        Assert.Equal("Abadan", Where(killing));
    }

    [Theory]
    [InlineData("Hamid Rostami died in custody in Urmia on 4 June, and his brother was arrested in Khoy on 5 June.", "Khoy")]
    [InlineData("Police beat protesters in Marivan on 3 June, and the next day arrested ten of them.", "Marivan")]
    [InlineData("Workers rallied in Abadan on 2 May, and on 3 May police arrested ten of them.", "Abadan")]
    [InlineData("Teachers marched in Bukan on 31 May. The strike on 1 June led to the dismissal of ten of them, and the arrest of three on 2 June.", "Bukan")]
    public void A_coordinated_clause_keeps_its_own_place_or_the_one_told_before(string text, string place)
    {
        var arrest = Assert.Single(Run(text), i => i.Type == IncidentType.Arrest);

        Assert.Equal(place, Where(arrest));
    }

    [Theory]
    [InlineData("Solidarity rallies were held in Rasht on 5 June after security forces killed four protesters in Zahedan.", "Rasht", "Zahedan")]
    [InlineData("Crowds gathered in Sari on 5 June while guards shot dead two inmates in Khoy.", "Sari", "Khoy")]
    [InlineData("Bazaar merchants in Tabriz closed their shops on 5 June, days after police killed a vendor in Ahvaz.", "Tabriz", "Ahvaz")]
    public void A_rally_and_the_event_it_answers_keep_their_own_places(string text, string rally, string killing)
    {
        var incidents = Run(text);

        Assert.Equal(killing, Where(Assert.Single(incidents, i => i.Type == IncidentType.Killing)));
        Assert.DoesNotContain(incidents, i => i.Type == IncidentType.Killing && Where(i) == rally);
    }
}
