using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// Shapes from session 25: the errors of the lists sessions 23 and 24 read on their check sets, and of a third set nobody
/// tuned on (its develop half), each on an invented sentence that fails without its rule.
/// </summary>
public sealed class IncidentsSession25ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2024, 3, 13), "en").Incidents];

    [Theory]
    [InlineData("The group warned of the risk of “hasty executions” in Karaj.")]
    [InlineData("The group warned of the risk of \"hasty executions\" in Karaj.")]
    public void A_risk_named_in_quotation_marks_is_still_a_risk(string text)
    {
        Assert.Empty(Run(text));
    }

    [Theory]
    [InlineData("State television described the events in Amol as “riots” on Tuesday.")]
    [InlineData("Officials in Amol described what happened as “riots”.")]
    public void A_label_in_quotation_marks_is_no_riot(string text)
    {
        Assert.DoesNotContain(Run(text), i => i.Type == IncidentType.Riot);
    }

    [Fact]
    public void A_riot_told_in_quotation_marks_without_a_word_of_naming_stays()
    {
        Assert.Single(Run("A witness said: “Rioters torched two banks in Amol on Tuesday.”"), i => i.Type == IncidentType.PropertyDestruction);
    }

    [Theory]
    [InlineData("Eleven men facing death sentences in Isfahan were moved to another ward.")]
    [InlineData("Nine teachers in Ahvaz could face execution, their lawyer said.")]
    [InlineData("Two students in Qom face the death sentences of a revolutionary court.")]
    public void A_prospect_right_before_the_trigger_is_not_an_act(string text)
    {
        Assert.DoesNotContain(Run(text), i => i.Type is IncidentType.Execution or IncidentType.Other);
    }

    [Fact]
    public void An_act_after_the_prospect_keeps_its_own_words()
    {
        var protest = Assert.Single(Run("Teachers who face dismissal protested in Ahvaz on Sunday."));

        Assert.Equal(IncidentType.Protest, protest.Type);
    }

    [Fact]
    public void A_total_broken_down_over_provinces_is_one_incident()
    {
        var killing = Assert.Single(Run("At least 320 people were killed in 21 provinces, the majority in Sistan and Baluchistan, Kurdistan and Tehran, the group said."));

        Assert.Equal(320, killing.Killed?.Min);
        Assert.Equal("IR", killing.Location?.Country);
        Assert.Null(killing.Location?.Admin1);
    }

    [Fact]
    public void Places_named_without_a_share_keep_one_incident_each()
    {
        var killings = Run("Security forces killed protesters in Sistan and Baluchistan, Kurdistan and Tehran on Friday.");

        Assert.Equal(3, killings.Count(i => i.Type == IncidentType.Killing));
    }

    [Theory]
    [InlineData("Security forces raided homes in Piranshahr on Saturday and arrested 14 people.")]
    [InlineData("Agents stormed a house in Piranshahr on Saturday and arrested 14 people.")]
    public void A_raid_that_made_arrests_is_the_arrest(string text)
    {
        var arrest = Assert.Single(Run(text));

        Assert.Equal(IncidentType.Arrest, arrest.Type);
        Assert.Equal(14, arrest.Arrested?.Min);
    }

    [Fact]
    public void An_attack_beside_an_arrest_stays_an_attack()
    {
        var incidents = Run("Security forces attacked the mourners in Piranshahr on Saturday and arrested 14 people.");

        Assert.Contains(incidents, i => i.Type == IncidentType.Attack);
        Assert.Contains(incidents, i => i.Type == IncidentType.Arrest);
    }

    [Theory]
    [InlineData("Two activists were arrested in Qom in relation to the protests of last month.")]
    [InlineData("Two activists were arrested in Qom on charges related to the protests of last month.")]
    public void Protests_named_as_what_an_arrest_related_to_are_no_new_protest(string text)
    {
        var arrest = Assert.Single(Run(text));

        Assert.Equal(IncidentType.Arrest, arrest.Type);
    }

    [Fact]
    public void A_participle_describing_people_tells_no_arrest()
    {
        var protest = Assert.Single(Run("The families of arrested students gathered in front of the court in Karaj on Monday."));

        Assert.Equal(IncidentType.Protest, protest.Type);
    }

    [Fact]
    public void A_participle_after_the_may_be_the_only_telling_of_an_arrest()
    {
        Assert.Single(Run("Officials in Karaj said the detained people were in contact with groups abroad."), i => i.Type == IncidentType.Arrest);
    }

    [Fact]
    public void People_described_by_a_relative_clause_are_no_riot()
    {
        Assert.Empty(Run("Officials in Ahvaz said rioters who threw rocks at the police would be punished."));
    }

    [Fact]
    public void Two_weekdays_joined_date_the_incident_from_the_first()
    {
        var protest = Assert.Single(Run("Workers in Abadan protested on Sunday and Monday over unpaid wages."));

        Assert.Equal("2024-03-10", protest.Date?.ToString());
        Assert.Equal("2024-03-11", protest.DateEnd?.ToString());
    }

    [Theory]
    [InlineData("At least 230 people, including 31 minors, have been killed in Zahedan since January.", 230)]
    [InlineData("Thirty people, among them 8 women, were arrested in Bukan on Sunday.", 30)]
    [InlineData("At least 35 Kurdish citizens, including 6 children, were arrested in Bukan in February.", 35)]
    public void A_part_after_including_is_not_the_count(string text, int count)
    {
        var incident = Assert.Single(Run(text));

        Assert.Equal(count, incident.Killed?.Min ?? incident.Arrested?.Min);
    }

    [Theory]
    [InlineData("Workers gathered at the Azadi complex on Monday.")]
    [InlineData("Workers gathered at the Azadi Sports Complex on Monday.")]
    public void A_building_named_after_a_village_is_not_in_that_village(string text)
    {
        var protest = Assert.Single(Run(text));

        Assert.NotEqual("Azadi", protest.Location?.Name);
    }

    [Fact]
    public void The_release_of_detained_protesters_is_neither_an_arrest_nor_a_protest()
    {
        Assert.Empty(Run("Lawyers in Karaj asked for the release of detained protesters."));
    }

    [Theory]
    [InlineData("Crowds marked the anniversary of the 1979 revolution, and police arrested 20 people in Tehran.")]
    [InlineData("On the anniversary of the 1979 revolution, police arrested 20 people in Tehran.")]
    public void A_year_naming_another_thing_does_not_date_the_event(string text)
    {
        var arrest = Assert.Single(Run(text), i => i.Type == IncidentType.Arrest);

        Assert.NotEqual("1979", arrest.Date?.ToString());
    }

    [Theory]
    [InlineData("During the 2019 protests, police killed 300 people in Shiraz.")]
    [InlineData("In the 2019 crackdown, police killed 300 people in Shiraz.")]
    public void A_year_naming_an_event_still_dates_it(string text)
    {
        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal("2019", killing.Date?.ToString());
    }

    [Fact]
    public void A_last_clause_that_tells_no_event_places_none_of_the_events_before_it()
    {
        var incidents = Run("Last month 20 Kurdish citizens were arrested, four were executed, and road accidents in Gilan claimed the lives of six people.");

        Assert.Equal(2, incidents.Count);
        Assert.All(incidents, i => Assert.NotEqual("Gilan", i.Location?.Name));
    }

    [Fact]
    public void A_list_of_places_closed_by_and_is_no_clause()
    {
        var arrests = Run("Police arrested 20 people in Zahedan, Khash, and Saravan, as three more were identified on Saturday.");

        Assert.Equal(["Khash", "Saravan", "Zahedan"], arrests.Select(a => a.Location?.Name).Order());
    }

    [Fact]
    public void A_last_clause_with_an_event_of_its_own_keeps_its_place()
    {
        var incidents = Run("Police arrested 20 people on Monday, and security forces killed two men in Rasht.");

        Assert.Contains(incidents, i => i.Type == IncidentType.Killing && i.Location?.Name == "Rasht");
    }
}
