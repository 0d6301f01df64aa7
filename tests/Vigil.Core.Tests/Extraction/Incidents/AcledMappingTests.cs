using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

public class AcledMappingTests
{
    [Theory]
    [InlineData(IncidentType.Protest, "Protests", "Peaceful protest")]
    [InlineData(IncidentType.Riot, "Riots", "Violent demonstration")]
    [InlineData(IncidentType.Killing, "Violence against civilians", "Attack")]
    [InlineData(IncidentType.Arrest, "Strategic developments", "Arrests")]
    [InlineData(IncidentType.PropertyDestruction, "Strategic developments", "Looting/property destruction")]
    [InlineData(IncidentType.Strike, "Protests", "Peaceful protest")]
    public void Maps_each_type_to_its_acled_event_and_sub_event_type(IncidentType type, string eventType, string subEventType)
    {
        Assert.Equal(new AcledCode(eventType, subEventType), AcledMapping.For(type));
    }

    [Fact]
    public void Every_type_has_a_mapping()
    {
        Assert.All(Enum.GetValues<IncidentType>(), t => Assert.False(string.IsNullOrEmpty(AcledMapping.For(t).SubEventType)));
    }
}
