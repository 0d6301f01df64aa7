using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// Ways real reports name violence, judicial acts and shutdowns that the first trigger list missed, and the
/// month "May" no longer read as the modal "may": each on an invented sentence, through the whole pipeline.
/// </summary>
public class IncidentsTriggerCoverageTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2023, 5, 6), "en").Incidents];

    [Fact]
    public void The_month_May_in_a_dateline_does_not_cancel_the_verb_after_it()
    {
        var arrest = Assert.Single(Run("Zahedan, 5 May 2023 - Police arrested 12 students in Zahedan."));

        Assert.Equal(IncidentType.Arrest, arrest.Type);
        Assert.Equal("2023-05-05", arrest.Date?.ToString());
        Assert.Equal("Zahedan", arrest.Location?.Name);
        Assert.Equal(12, arrest.Arrested?.Min);
    }

    [Fact]
    public void The_modal_may_still_cancels_a_verb()
    {
        Assert.Empty(Run("Police may arrest more students in Zahedan."));
    }

    [Theory]
    [InlineData("Riot police beat striking workers in Abadan on Monday.", IncidentType.Attack, "Abadan")]
    [InlineData("Plainclothes agents beat two teachers outside their school in Sanandaj.", IncidentType.Attack, "Sanandaj")]
    [InlineData("Security forces opened fire on a crowd in Izeh on Wednesday.", IncidentType.Attack, "Izeh")]
    [InlineData("Four people were hurt when police charged the crowd in Bukan.", IncidentType.Injury, "Bukan")]
    [InlineData("A student was shot in the leg in Mahabad on Friday.", IncidentType.Injury, "Mahabad")]
    [InlineData("A sit-in in Ahvaz turned violent on Sunday.", IncidentType.Riot, "Ahvaz")]
    public void Violence_named_by_these_verbs_is_an_incident(string sentence, IncidentType type, string place)
    {
        var incident = Assert.Single(Run(sentence), i => i.Type == type);

        Assert.Equal(place, incident.Location?.Name);
    }

    [Theory]
    [InlineData("A court in Karaj sentenced two protesters to death on 3 May.")]
    [InlineData("The authorities cut off the internet in Zahedan on 2 May.")]
    [InlineData("Border guards and armed men exchanged fire near Saravan on 4 May.")]
    [InlineData("A detained student was raped in custody in Tehran in April, her lawyer said.")]
    public void Sentences_shutdowns_sexual_violence_and_exchanges_of_fire_are_coded_as_other(string sentence)
    {
        Assert.Single(Run(sentence), i => i.Type == IncidentType.Other);
    }

    [Theory]
    [InlineData("Rights groups condemned the arrest of the journalist Sara Karimi in Tabriz on 2 May.", IncidentType.Arrest, "Tabriz")]
    [InlineData("Lawyers protested against the detention of two teachers in Arak on 1 May.", IncidentType.Arrest, "Arak")]
    [InlineData("Residents learned of the death of Kamran Rostami in Urmia on 3 May.", IncidentType.Killing, "Urmia")]
    [InlineData("State television announced the hanging of a man in Qom on 2 May.", IncidentType.Execution, "Qom")]
    [InlineData("A court in Yazd handed down death sentences to three men on 4 May.", IncidentType.Other, "Yazd")]
    [InlineData("The trial of six workers opened in Ahvaz on 2 May.", IncidentType.Other, "Ahvaz")]
    public void A_singular_noun_with_its_object_names_one_event(string sentence, IncidentType type, string place)
    {
        var incident = Assert.Single(Run(sentence), i => i.Type == type);

        Assert.Equal(place, incident.Location?.Name);
    }

    [Theory]
    [InlineData("The authorities shut down the internet in Khash on 3 May.")]
    [InlineData("In Saravan the internet was cut for six hours on 3 May.")]
    [InlineData("Gunfire was exchanged between guards and smugglers near Mirjaveh on 2 May.")]
    [InlineData("Witnesses heard an exchange of gunfire outside Sarbaz on 1 May.")]
    public void Shutdowns_and_exchanges_of_fire_in_other_words_are_coded_as_other(string sentence)
    {
        Assert.Single(Run(sentence), i => i.Type == IncidentType.Other);
    }

    [Theory]
    [InlineData("NetBlocks reported disruptions in internet connectivity in Zahedan on 5 May.", "Zahedan")]
    [InlineData("Residents of Sanandaj faced an internet outage on 2 May.", "Sanandaj")]
    [InlineData("Mobile internet was disrupted in Mahabad for most of 4 May.", "Mahabad")]
    [InlineData("The authorities disrupted internet access in Saqqez for three days in April.", "Saqqez")]
    [InlineData("Monitors recorded internet disruptions across Iranshahr on 1 May.", "Iranshahr")]
    public void Internet_disruptions_and_outages_are_coded_as_other(string sentence, string place)
    {
        var incident = Assert.Single(Run(sentence), i => i.Type == IncidentType.Other);

        Assert.Equal(place, incident.Location?.Name);
    }

    [Theory]
    [InlineData("Activists documented the alleged rape of a teenage girl by a police officer in Chabahar in April.", "Chabahar")]
    [InlineData("Two guards sexually abused a detained student in Tabriz on 2 May, her family said.", "Tabriz")]
    [InlineData("A woman was gang-raped by plainclothes agents in Bukan on 30 April.", "Bukan")]
    [InlineData("Her lawyer described her rape in a detention centre in Ahvaz on 3 May.", "Ahvaz")]
    public void Sexual_violence_named_by_a_noun_or_a_verb_is_coded_as_other(string sentence, string place)
    {
        var incident = Assert.Single(Run(sentence), i => i.Type == IncidentType.Other);

        Assert.Equal(place, incident.Location?.Name);
    }

    [Fact]
    public void The_state_does_other_repression_to_the_people_named()
    {
        var incident = Assert.Single(Run("Security forces sexually assaulted protesters in Zahedan on 4 May."), i => i.Type == IncidentType.Other);

        Assert.Equal(["security forces"], incident.Actors, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["protesters"], incident.Victims, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_trial_of_protesters_is_not_a_protest()
    {
        Assert.DoesNotContain(Run("The trial of four protesters began in Rasht on 3 May."), i => i.Type == IncidentType.Protest);
    }

    [Fact]
    public void A_shot_that_killed_stays_a_killing()
    {
        var incident = Assert.Single(Run("A teenager was shot dead by police in Zahedan on 4 May."));

        Assert.Equal(IncidentType.Killing, incident.Type);
    }
}
