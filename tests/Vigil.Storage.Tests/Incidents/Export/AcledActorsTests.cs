using Vigil.Core.Extraction.Incidents;
using Vigil.Storage.Incidents.Export;

namespace Vigil.Storage.Tests.Incidents.Export;

/// <summary>ACLED's actor columns from an incident's actors and victims, by the codebook's conventions.</summary>
public class AcledActorsTests
{
    private static AcledSides Of(IncidentType type, string[] actors, string[] victims, string? country = "Iran") =>
        AcledActors.Of(type, AcledMapping.For(type), actors, victims, country);

    [Fact]
    public void A_protest_is_by_the_countrys_protesters_with_the_groups_that_protest_as_associated_actors()
    {
        var sides = Of(IncidentType.Protest, ["students", "protesters", "police"], []);

        Assert.Equal(
            new AcledSides("Protesters (Iran)", "Students (Iran)", "Protesters", null, "", null, "Protesters only"),
            sides);
    }

    [Fact]
    public void A_strike_with_no_named_actor_is_still_by_protesters()
    {
        Assert.Equal(("Protesters (Iran)", "Protesters only"), (Of(IncidentType.Strike, [], []).Actor1, Of(IncidentType.Strike, [], []).Interaction));
    }

    [Fact]
    public void A_riot_is_by_rioters()
    {
        var sides = Of(IncidentType.Riot, [], ["Basij"]);

        Assert.Equal(("Rioters (Iran)", "Rioters", null, "Rioters only"), (sides.Actor1, sides.Inter1, sides.Actor2, sides.Interaction));
    }

    [Fact]
    public void A_killing_by_named_security_forces_is_state_forces_against_civilians_with_the_victims_group()
    {
        var sides = Of(IncidentType.Killing, ["security forces", "IRGC"], ["protesters", "Mahsa Amini"]);

        Assert.Equal(
            new AcledSides(
                "Police Forces of Iran (1989-)", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "State forces",
                "Civilians (Iran)", "Protesters (Iran)", "Civilians", "State forces-Civilians"),
            sides);
    }

    [Fact]
    public void A_killing_whose_perpetrator_no_source_names_is_by_an_unidentified_armed_group()
    {
        var sides = Of(IncidentType.Killing, [], ["children"]);

        Assert.Equal(
            new AcledSides("Unidentified Armed Group (Iran)", "", "Political militia", "Civilians (Iran)", "Children (Iran)", "Civilians", "Political militia-Civilians"),
            sides);
    }

    [Fact]
    public void An_execution_is_carried_out_by_the_state_even_when_the_report_names_no_one()
    {
        var sides = Of(IncidentType.Execution, [], []);

        Assert.Equal(("Government of Iran (1989-)", "State forces", "Civilians (Iran)", "State forces-Civilians"), (sides.Actor1, sides.Inter1, sides.Actor2, sides.Interaction));
    }

    [Fact]
    public void Arrests_are_by_the_police_unless_another_force_is_named_and_of_protesters_when_the_victims_are()
    {
        var unnamed = Of(IncidentType.Arrest, [], ["protesters", "students"]);
        var byGuards = Of(IncidentType.Arrest, ["Basij"], ["teachers"]);

        Assert.Equal(
            new AcledSides("Police Forces of Iran (1989-)", "", "State forces", "Protesters (Iran)", "Students (Iran)", "Protesters", "State forces-Protesters"),
            unnamed);
        Assert.Equal(
            new AcledSides("Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "", "State forces", "Civilians (Iran)", "Teachers (Iran)", "Civilians", "State forces-Civilians"),
            byGuards);
    }

    [Fact]
    public void Property_destruction_by_rioters_names_them_and_an_unknown_perpetrator_is_unidentified()
    {
        Assert.Equal(("Rioters (Iran)", "Rioters only"), (Of(IncidentType.PropertyDestruction, ["rioters"], []).Actor1, Of(IncidentType.PropertyDestruction, ["rioters"], []).Interaction));
        Assert.Equal("Unidentified Armed Group (Iran)", Of(IncidentType.Other, ["MEK"], []).Actor1);
    }

    [Fact]
    public void Names_acled_has_no_actor_for_are_not_written_as_actors()
    {
        var sides = Of(IncidentType.Killing, ["Ali Khamenei", "police"], ["Mahsa Amini", "HRANA"]);

        Assert.Equal(("Police Forces of Iran (1989-)", "", "Civilians (Iran)", ""), (sides.Actor1, sides.AssocActor1, sides.Actor2, sides.AssocActor2));
    }

    [Fact]
    public void A_country_without_a_known_regime_period_gets_no_invented_one()
    {
        Assert.Equal("Police Forces of Iraq", Of(IncidentType.Arrest, ["police"], [], "Iraq").Actor1);
        Assert.Equal("Protesters", Of(IncidentType.Protest, [], [], country: null).Actor1);
    }
}
