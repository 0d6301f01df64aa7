using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Submit;

/// <summary>A contributor reads back what they submitted, and nobody else's: ownership is the report's submitter column.</summary>
public sealed class OwnSubmissionsTests(VigilWebFactory factory) : IClassFixture<VigilWebFactory>
{
    [Fact]
    public async Task A_report_submitted_through_the_API_belongs_to_its_contributor_and_no_other()
    {
        var client = await factory.ClientAsync("contributor");
        using var created = await client.PostAsJsonAsync("/api/v1/reports", new { text = "Students protested outside the university in Shiraz on 3 March 2023.", title = "Shiraz sit-in", source = "Ownership Agency" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var owner = await db.Users.SingleAsync(u => u.Name == "contributor-user");
            Assert.Equal(owner.Id, await db.Reports.Where(r => r.Id == id).Select(r => r.SubmitterId).SingleAsync());
        }

        using var mine = await client.GetAsync($"/reports/{id}");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("Shiraz sit-in", await client.GetStringAsync("/submit"));

        var other = await OtherContributorAsync();
        using var theirs = await other.GetAsync($"/reports/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.DoesNotContain("Shiraz sit-in", await other.GetStringAsync("/submit"));
    }

    [Fact]
    public async Task A_report_stored_from_the_command_line_has_no_submitter()
    {
        var id = await Seed.SubmitAsync(factory, "Workers went on strike at the Abadan refinery on 5 May 2023.", "Abadan strike");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Null(await db.Reports.Where(r => r.Id == id).Select(r => r.SubmitterId).SingleAsync());
    }

    private async Task<HttpClient> OtherContributorAsync()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            if (!db.Users.Any(u => u.Name == "second-contributor"))
            {
                var added = await new AddUser(db, TimeProvider.System).RunAsync("second-contributor", "contributor", "test");
                Assert.Equal(Vigil.Storage.Outcome.Ok, await new ChangePassword(db, TimeProvider.System).RunAsync(added.User!.Id, added.OneTimePassword!, VigilWebFactory.Password));
            }
        }

        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await VigilWebFactory.SignInAsync(client, "second-contributor", VigilWebFactory.Password)).StatusCode);
        return client;
    }
}
