using System.Collections.Immutable;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Incidents;

public class IncidentsStageTests
{
    private static readonly Place Iran = new("Iran", null, "IR", 32.4, 53.7, GeoPrecision.Country);
    private static readonly Place Tehran = new("Tehran", "Tehran", "IR", 35.69, 51.42, GeoPrecision.City);
    private static readonly Place Tabriz = new("Tabriz", "East Azerbaijan", "IR", 38.08, 46.29, GeoPrecision.City);
    private static readonly Place Shiraz = new("Shiraz", "Fars", "IR", 29.61, 52.54, GeoPrecision.City);
    private static readonly Place Fars = new("Fars", "Fars", "IR", 29.1, 53.0, GeoPrecision.Province);
    private static readonly Place[] Gazetteer = [Iran, Tehran, Tabriz, Shiraz, Fars];

    // Stands in for the places and dates stages: tags the few names and dates the tests use.
    private static ExtractionContext Context(string text, DateOnly? published = null, params (string Text, PartialDate Date)[] dates)
    {
        var context = new ExtractionContext(text, published);
        var places = new List<PlaceMention>();
        foreach (var place in Gazetteer)
        {
            for (var at = text.IndexOf(place.Name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(place.Name, at + 1, StringComparison.Ordinal))
            {
                places.Add(new PlaceMention(new TextSpan(at, at + place.Name.Length), place, 0.9));
            }
        }

        context.Set<PlaceMention>([.. places.OrderBy(p => p.Span.Start)]);
        context.Set<DateMention>([.. dates.Select(d => { var at = text.IndexOf(d.Text, StringComparison.Ordinal); return new DateMention(new TextSpan(at, at + d.Text.Length), d.Date, null, false); }).OrderBy(d => d.Span.Start)]);
        new FiguresStage(new FiguresOptions()).Run(context);
        new PersonsStage(new PersonsOptions()).Run(context);
        new ActorsStage(new ActorsOptions()).Run(context);
        return context;
    }

    private static List<IncidentMention> Run(ExtractionContext context, IncidentsOptions? options = null)
    {
        new IncidentsStage(options ?? new IncidentsOptions()).Run(context);
        return [.. context.Incidents];
    }

    private static List<IncidentMention> Run(string text) => Run(Context(text));

    [Theory]
    [InlineData("Hundreds of workers protested outside the governor’s office in Tehran.", IncidentType.Protest)]
    [InlineData("Rioters set fire to banks in Tehran.", IncidentType.PropertyDestruction)]
    [InlineData("Clashes broke out between youths and police in Tehran.", IncidentType.Riot)]
    [InlineData("Security forces shot dead a teenager in Tehran.", IncidentType.Killing)]
    [InlineData("Three protesters were wounded in Tehran.", IncidentType.Injury)]
    [InlineData("Police arrested 40 students in Tehran.", IncidentType.Arrest)]
    [InlineData("Authorities hanged a political prisoner in Tehran.", IncidentType.Execution)]
    [InlineData("Plainclothes agents stormed the dormitory in Tehran.", IncidentType.Attack)]
    [InlineData("Young people wrote slogans on walls in Tehran.", IncidentType.GraffitiPoster)]
    [InlineData("Truck drivers went on strike in Tehran.", IncidentType.Strike)]
    public void Classifies_a_sentence_by_its_trigger(string text, IncidentType type)
    {
        Assert.Contains(Run(text), i => i.Type == type && i.Location == Tehran);
    }

    [Theory]
    [InlineData("Activists fear that security forces will arrest more students in Tehran.")]
    [InlineData("Workers plan to strike in Tehran next week.")]
    [InlineData("Officials said police did not arrest anyone in Tehran.")]
    [InlineData("If protests are organised in Tehran, the regime will fall.")]
    [InlineData("The opposition calls for a strike in Tehran.")]
    [InlineData("The regime has always executed its opponents in Tehran.")]
    [InlineData("Officials warned of a possible uprising in Tehran.")]
    [InlineData("Officials want to prevent another uprising in Tehran.")]
    public void Skips_hypotheticals_predictions_negations_and_background(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Codes_one_incident_per_place_named_in_the_sentence()
    {
        var incidents = Run("Protests broke out in Tehran, Tabriz and Shiraz.");
        Assert.Equal([Tehran, Tabriz, Shiraz], incidents.Select(i => i.Location));
        Assert.All(incidents, i => Assert.Equal(IncidentType.Protest, i.Type));
    }

    [Fact]
    public void Merges_the_same_type_place_and_day_into_one_incident()
    {
        const string text = "Protesters gathered in Tehran on Friday. The protests in Tehran continued into the night.";
        var incidents = Run(Context(text, new DateOnly(2019, 11, 18), ("on Friday", PartialDate.OfDay(new DateOnly(2019, 11, 15)))));
        var protest = Assert.Single(incidents);
        Assert.Equal("2019-11-15", protest.Date.ToString());
        Assert.Equal("Protesters gathered in Tehran on Friday.", protest.Evidence.Of(text));
    }

    [Fact]
    public void A_city_makes_its_province_and_country_redundant()
    {
        var incident = Assert.Single(Run("Protesters rallied in Shiraz in Fars province, southern Iran."));
        Assert.Equal(Shiraz, incident.Location);
    }

    [Fact]
    public void Takes_the_place_and_date_from_earlier_in_the_paragraph()
    {
        const string text = "On November 16, crowds gathered in Shiraz. Security forces arrested 50 people.";
        var incidents = Run(Context(text, new DateOnly(2019, 11, 20), ("On November 16", PartialDate.OfDay(new DateOnly(2019, 11, 16)))));
        var arrest = Assert.Single(incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal((Shiraz, "2019-11-16"), (arrest.Location, arrest.Date.ToString()));
        Assert.Equal(FigureRange.Exactly(50), arrest.Arrested);
    }

    [Fact]
    public void A_bare_year_earlier_in_the_paragraph_is_background_not_the_date()
    {
        const string text = "The monarchy was toppled in 1979. Security forces arrested 50 students in Tehran.";
        var incidents = Run(Context(text, new DateOnly(2019, 11, 20), ("in 1979", PartialDate.OfYear(1979))));
        Assert.Equal("2019-11-20", Assert.Single(incidents).Date.ToString());
    }

    [Fact]
    public void Falls_back_to_the_publication_date_and_the_country()
    {
        var incident = Assert.Single(Run(Context("Iran’s security forces executed a young wrestler.", new DateOnly(2020, 9, 12))));
        Assert.Equal((IncidentType.Execution, Iran, "2020-09-12"), (incident.Type, incident.Location, incident.Date.ToString()));
    }

    [Fact]
    public void Leaves_location_and_date_empty_when_the_report_gives_neither()
    {
        var incident = Assert.Single(Run("Security forces arrested dozens of students."));
        Assert.Null(incident.Location);
        Assert.Null(incident.Date);
        Assert.Equal(FigureRange.AtLeast(24), incident.Arrested);
    }

    [Fact]
    public void Attaches_counts_and_parties_to_violence_against_people()
    {
        var killing = Run("In Tehran, security forces killed at least 304 protesters.").Single(i => i.Type == IncidentType.Killing);
        Assert.Equal(FigureRange.AtLeast(304), killing.Killed);
        Assert.Equal(["security forces"], killing.Actors.ToArray());
        Assert.Equal(["protesters"], killing.Victims.ToArray());
    }

    [Fact]
    public void A_weak_trigger_gives_way_to_a_strong_one()
    {
        var incidents = Run("Security forces killed protesters in Tehran.");
        Assert.Equal([IncidentType.Killing], incidents.Select(i => i.Type));
    }

    [Fact]
    public void Burning_banners_is_property_destruction_not_a_poster_action()
    {
        var incidents = Run("Youths in Tehran torched a number of banners of the Supreme Leader.");
        Assert.Equal([IncidentType.PropertyDestruction], incidents.Select(i => i.Type));
    }

    [Fact]
    public void Evidence_is_at_most_the_configured_length()
    {
        var text = "Protesters in Tehran " + string.Concat(Enumerable.Repeat("and their families, friends and neighbours ", 20)) + "chanted slogans.";
        var incident = Assert.Single(Run(text));
        Assert.InRange(incident.Evidence.Length, 1, 300);
    }

    [Theory]
    [InlineData("")]
    [InlineData("protest protest protest protest")]
    [InlineData("اعتراضات در تهران")]
    [InlineData("?")]
    public void Never_throws_on_odd_input(string text)
    {
        Assert.All(Run(Context(text)), i => Assert.True(i.Evidence.End <= text.Length));
    }

    [Fact]
    public void Is_linear_on_one_long_line()
    {
        var text = string.Concat(Enumerable.Repeat("protesters killed arrested torched ", 100_000));
        var context = new ExtractionContext(text, null);
        var incidents = Run(context);
        Assert.Single(incidents, i => i.Type == IncidentType.Killing);
    }
}
