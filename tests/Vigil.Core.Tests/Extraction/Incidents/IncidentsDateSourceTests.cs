using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>Where an incident's date comes from, said honestly (invented reports).</summary>
public sealed class IncidentsDateSourceTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void A_dateline_dates_the_events_of_the_report()
    {
        var result = Pipeline.Run("Zahedan, 5 May 2023 - Security forces killed 3 worshippers after prayers.", new DateOnly(2023, 5, 6), "en");
        var killing = Assert.Single(result.Incidents, i => i.Type == IncidentType.Killing);
        Assert.Equal("2023-05-05", killing.Date?.ToString());
        Assert.Equal(DateSource.Text, killing.DateSource);
        Assert.Equal(3, killing.Killed?.Min);
    }

    [Fact]
    public void An_undated_event_takes_the_publication_date_and_says_so()
    {
        var result = Pipeline.Run("Police arrested 14 teachers in Shiraz.", new DateOnly(2022, 4, 9), "en");
        var arrest = Assert.Single(result.Incidents);
        Assert.Equal("2022-04-09", arrest.Date?.ToString());
        Assert.Equal(DateSource.Publication, arrest.DateSource);
    }

    [Fact]
    public void An_event_with_no_date_anywhere_has_none()
    {
        var arrest = Assert.Single(Pipeline.Run("Police arrested 14 teachers in Shiraz.", null, "en").Incidents);
        Assert.Null(arrest.Date);
        Assert.Equal(DateSource.None, arrest.DateSource);
    }
}
