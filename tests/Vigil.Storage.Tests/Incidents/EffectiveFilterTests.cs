using Vigil.Storage.Incidents;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>An edited incident's effective values, as the filters compare them (no database needed).</summary>
public sealed class EffectiveFilterTests
{
    [Fact]
    public void An_edited_date_sets_the_window_filters_compare()
    {
        var incident = new Incident
        {
            Id = Guid.NewGuid(), Type = "protest", Date = "2022-09-17", DateFrom = new DateOnly(2022, 9, 17), DateTo = new DateOnly(2022, 9, 17),
            OverridesJson = "{\"date\":\"2022-09\",\"date_end\":\"2022-10-02\",\"notes\":\"checked\"}",
        };

        var edited = EditedIncident.Of(incident)!;

        Assert.Equal((new DateOnly(2022, 9, 1), new DateOnly(2022, 10, 2)), (edited.DateFrom, edited.DateTo));
        Assert.Equal(["date", "date_end"], edited.Fields.Order(StringComparer.Ordinal));
        Assert.True(new EffectiveFilter(From: new DateOnly(2022, 10, 1)).Passes(edited));
        Assert.False(new EffectiveFilter(To: new DateOnly(2022, 8, 31)).Passes(edited));
        Assert.Null(EditedIncident.Of(new Incident { Id = Guid.NewGuid(), Type = "protest", OverridesJson = "{\"killed\":\"3\"}" }));
    }
}
