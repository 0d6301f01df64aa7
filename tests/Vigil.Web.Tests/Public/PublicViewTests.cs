using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Web.Tests.Public;

/// <summary>The optional public view: off by default (404), and when on, confirmed incidents only, without report text.</summary>
public sealed class PublicViewTests
{
    [Fact]
    public async Task It_is_off_by_default()
    {
        await using var factory = new VigilWebFactory();
        var client = await factory.ClientAsync(null);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/public")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/incidents")).StatusCode);
    }

    [Fact]
    public async Task When_on_anyone_sees_confirmed_incidents_and_nothing_else()
    {
        await using var factory = new VigilWebFactory { Public = true };
        var confirmed = await Seed.IncidentAsync(factory, "Security forces killed 3 protesters in Izeh on 2022-11-16, Hengaw said.", "public confirmed", source: "Hengaw");
        var unreviewed = await Seed.IncidentAsync(factory, "Police arrested 8 students in Babol on 2022-10-02.", "public unreviewed");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, TimeProvider.System).SetStatusAsync(confirmed, IncidentStatus.Confirmed, "test"));
        }

        var anonymous = await factory.ClientAsync(null);
        var list = await anonymous.GetStringAsync("/public");
        Assert.Contains($"/public/incidents/{confirmed}", list);
        Assert.DoesNotContain($"/public/incidents/{unreviewed}", list);
        var page = await anonymous.GetStringAsync($"/public/incidents/{confirmed}");
        Assert.Contains("Hengaw", page);
        Assert.DoesNotContain("protesters in Izeh on", page);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/incidents/{unreviewed}")).StatusCode);

        // Everything else still needs signing in.
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/incidents/{confirmed}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task The_public_incident_page_names_only_persons_an_editor_confirmed_and_marked_publishable()
    {
        await using var factory = new VigilWebFactory { Public = true };
        var incident = await Seed.IncidentAsync(factory, "Security forces shot dead Kian Pirfalak, 9, in Izeh on 16 November 2022, Hengaw said.\n\nSecurity forces shot dead Minoo Majidi, 62, in Izeh on 16 November 2022.", "public persons", source: "Hengaw");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, TimeProvider.System).SetStatusAsync(incident, IncidentStatus.Confirmed, "test"));
            var persons = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.Name, p => p.Id);
            var review = new Vigil.Storage.Persons.ReviewPerson(db, TimeProvider.System);
            Assert.Null(await review.SetStatusAsync(persons["Kian Pirfalak"], IncidentStatus.Confirmed, "test"));
            Assert.Null(await review.SetPublishableAsync(persons["Kian Pirfalak"], true, "test"));
            Assert.Null(await review.SetStatusAsync(persons["Minoo Majidi"], IncidentStatus.Confirmed, "test")); // confirmed, not publishable
        }

        var page = await (await factory.ClientAsync(null)).GetStringAsync($"/public/incidents/{incident}");

        var named = System.Text.RegularExpressions.Regex.Match(page, "<section class=\"card\" id=\"named-persons\">[\\s\\S]*?</section>").Value;
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(named, "<li><a dir=\"auto\">Kian Pirfalak</a>, 9 —\\s*Killed\\s*</li>"), named);
        Assert.Contains("killed reported, 1 named.", named, StringComparison.Ordinal);
        Assert.DoesNotContain("Minoo Majidi", named, StringComparison.Ordinal);
        Assert.DoesNotContain("/persons/", page, StringComparison.Ordinal);
    }
}
