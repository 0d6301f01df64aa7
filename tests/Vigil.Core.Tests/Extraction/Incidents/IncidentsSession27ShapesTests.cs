using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// Shapes from session 27, read on the develop half of a set of wire, risk-bulletin, Iranian English-language and
/// think-tank reports nobody tuned on: attacks on posts with their casualties, the parts of a total with their own
/// places, the place of what a protest is about, "another" before a person, and bulleted list items. Each on an
/// invented sentence that fails without its rule.
/// </summary>
public sealed class IncidentsSession27ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2024, 3, 13), "en").Incidents];

    [Theory]
    [InlineData("A gun attack on a police station in Saravan on Monday killed four officers and wounded six.", 4, 6)]
    [InlineData("An attack by militants on an army checkpoint near Saravan killed four soldiers on Monday and injured six others.", 4, 6)]
    [InlineData("Attackers targeting a border post in Saravan killed four guards on Monday.", 4, null)]
    public void An_attack_on_a_post_is_coded_as_the_attack_with_its_casualties(string text, int killed, int? injured)
    {
        var incidents = Run(text);

        var attack = Assert.Single(incidents);
        Assert.Equal(IncidentType.Attack, attack.Type);
        Assert.Equal("Saravan", attack.Location?.Name);
        Assert.Equal(killed, attack.Killed?.Min);
        Assert.Equal(injured, attack.Injured?.Min);
    }

    [Theory]
    [InlineData("Security forces opened fire on mourners in Saravan on Monday, killing four people.")]
    [InlineData("Gunmen attacked a police station in Saravan on Monday, killing four people.")]
    public void An_attack_verb_with_a_participle_of_killing_stays_a_killing(string text)
    {
        var incidents = Run(text);

        var killing = Assert.Single(incidents);
        Assert.Equal(IncidentType.Killing, killing.Type);
        Assert.Equal(4, killing.Killed?.Min);
    }

    [Fact]
    public void Each_counted_part_of_a_total_with_its_own_place_is_an_incident_there()
    {
        var incidents = Run("On Monday, 15 people were killed in the west of Iran, including nine in Bukan, four in Sardasht and two elsewhere.");

        var killings = incidents.FindAll(i => i.Type == IncidentType.Killing);
        Assert.Equal(15, Assert.Single(killings, i => i.Location?.Name == "Iran").Killed?.Min);
        Assert.Equal(9, Assert.Single(killings, i => i.Location?.Name == "Bukan").Killed?.Min);
        Assert.Equal(4, Assert.Single(killings, i => i.Location?.Name == "Sardasht").Killed?.Min);
        Assert.Equal(3, killings.Count);
    }

    [Fact]
    public void A_part_without_a_count_gives_no_incident_of_its_own()
    {
        var incidents = Run("On Monday, 15 people were arrested in Iran, including students in Bukan.");

        var arrest = Assert.Single(incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal(15, arrest.Arrested?.Min);
    }

    [Theory]
    [InlineData("Hundreds of people took to the streets of Iran on Friday to protest the death of Reza Karimi, who had been arrested by police in Yasuj.")]
    [InlineData("Iranian towns have become centres of protest since the May death of Reza Karimi, who was detained by police in Yasuj.")]
    public void The_place_of_the_death_a_protest_is_about_is_not_the_protest_s(string text)
    {
        var incidents = Run(text);

        var protest = Assert.Single(incidents, i => i.Type == IncidentType.Protest);
        Assert.Equal("Iran", protest.Location?.Name);
        Assert.Contains(incidents, i => i.Location?.Name == "Yasuj");
    }

    [Fact]
    public void A_protest_placed_before_the_death_it_is_about_keeps_its_place()
    {
        var incidents = Run("Students rallied in Shiraz on Friday to protest the death of Reza Karimi in Yasuj.");

        Assert.Equal("Shiraz", Assert.Single(incidents, i => i.Type == IncidentType.Protest).Location?.Name);
    }

    [Fact]
    public void Another_before_a_person_does_not_make_the_killing_a_prospect()
    {
        var incidents = Run("Another man was killed in Saqqez on Sunday when security forces fired on the crowd.");

        var killing = Assert.Single(incidents);
        Assert.Equal(IncidentType.Killing, killing.Type);
        Assert.Equal("Saqqez", killing.Location?.Name);
    }

    [Fact]
    public void Another_before_a_trigger_noun_is_still_a_prospect()
    {
        Assert.Empty(Run("Officials in Tehran fear another uprising."));
    }

    [Fact]
    public void A_bulleted_line_without_a_full_stop_is_a_list_item_not_a_heading()
    {
        var incidents = Run("On 12 March the governor of Fars listed the damage in Shiraz:\n\n•   40 banks burned\n•   12 police posts attacked\n");

        Assert.Contains(incidents, i => i.Type == IncidentType.PropertyDestruction);
        Assert.Contains(incidents, i => i.Type == IncidentType.Attack);
    }

    [Fact]
    public void A_short_line_without_a_bullet_is_still_a_heading()
    {
        var incidents = Run("On 12 March the governor of Fars listed the damage in Shiraz.\n\nBanks burned\n\nThe governor left.");

        Assert.Empty(incidents);
    }

    [Fact]
    public void The_place_of_a_death_that_set_off_protests_is_not_the_protests()
    {
        var incidents = Run("The 2 March death of a young man, Reza Karimi, in a police station in Yasuj triggered a wave of protests in several Iranian cities.");

        Assert.Equal("Yasuj", Assert.Single(incidents, i => i.Type == IncidentType.Killing).Location?.Name);
        Assert.Equal("Iran", Assert.Single(incidents, i => i.Type == IncidentType.Protest).Location?.Name);
    }

    [Fact]
    public void The_place_of_the_protests_a_death_set_off_is_not_the_deaths()
    {
        var incidents = Run("The death of Reza Karimi in Yasuj sparked protests in Saqqez on 3 March.");

        Assert.Equal("Yasuj", Assert.Single(incidents, i => i.Type == IncidentType.Killing).Location?.Name);
        Assert.Equal("Saqqez", Assert.Single(incidents, i => i.Type == IncidentType.Protest).Location?.Name);
    }

    [Fact]
    public void Without_an_effect_verb_a_death_and_a_protest_share_the_sentence_s_place()
    {
        var incidents = Run("Students in Saqqez protested the death of Reza Karimi on 3 March.");

        Assert.Equal("Saqqez", Assert.Single(incidents, i => i.Type == IncidentType.Protest).Location?.Name);
    }

    [Theory]
    [InlineData("Police said at least 45 rioters who threw stones, smashed windows and blocked roads in Bandar Abbas, have been arrested on 3 March.", 45)]
    [InlineData("Some 30 students who gathered outside the university in Shiraz, were detained on 3 March.", 30)]
    public void A_count_reads_its_category_after_the_comma_that_closes_its_noun_s_relative_clause(string text, int arrested)
    {
        var arrest = Assert.Single(Run(text), i => i.Type == IncidentType.Arrest);

        Assert.Equal(arrested, arrest.Arrested?.Min);
    }

    [Fact]
    public void A_protest_noun_that_turned_violent_is_the_riot_alone()
    {
        var incidents = Run("Protests in the town of Sirjan turned violent on 2 March.");

        var riot = Assert.Single(incidents);
        Assert.Equal(IncidentType.Riot, riot.Type);
        Assert.Equal("Sirjan", riot.Location?.Name);
    }

    [Fact]
    public void A_definite_protest_beside_a_death_toll_points_back_to_the_protest_told()
    {
        var incidents = Run("Crowds protested in Shiraz on 2 March against fuel prices.\n\nOn 3 March, at least 12 people had died since the protests erupted.");

        Assert.Single(incidents, i => i.Type == IncidentType.Protest);
        Assert.Equal(12, Assert.Single(incidents, i => i.Type == IncidentType.Killing).Killed?.Min);
    }

    [Fact]
    public void A_definite_arrest_with_its_own_count_is_still_an_event()
    {
        var incidents = Run("Police arrested ten students in Shiraz on 2 March. On 4 March the arrests of 40 more were announced.");

        Assert.Equal(2, incidents.Count(i => i.Type == IncidentType.Arrest));
    }

    [Fact]
    public void Shelling_towns_is_an_attack_at_each_town_named()
    {
        var incidents = Run("Government forces shelled the towns of Bukan, Sardasht and Baneh on 2 March.");

        var attacks = incidents.FindAll(i => i.Type == IncidentType.Attack);
        Assert.Equal(new[] { "Baneh", "Bukan", "Sardasht" }, attacks.Select(i => i.Location?.Name ?? "").Order());
    }
}
