using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Security;

/// <summary>Hole 7: user names cannot be told apart by answer or timing; a lock-out slows an attacker without keeping the owner out.</summary>
public sealed partial class SignInEnumerationTests
{
    [Fact]
    public async Task A_locked_account_and_an_unknown_name_get_the_same_answer_in_about_the_same_time()
    {
        await using var factory = new VigilWebFactory();
        var name = await factory.UserAsync("editor");
        var attacker = await factory.ClientAsync(null);
        for (var i = 0; i < SignInUser.MaxFailures; i++)
        {
            await VigilWebFactory.SignInAsync(attacker, name, "guess " + i);
        }

        var locked = await AttemptsAsync(attacker, name);
        var unknown = await AttemptsAsync(attacker, "no-such-user");
        Assert.Equal(unknown.Status, locked.Status);
        Assert.Equal(unknown.Problem, locked.Problem);

        // Both pay for one password hash: a locked account used to answer in 2-3 ms against 50 ms.
        Assert.True(locked.MedianMs * 3 > unknown.MedianMs, $"locked {locked.MedianMs} ms vs unknown {unknown.MedianMs} ms");
    }

    [Fact]
    public async Task A_lock_out_does_not_keep_the_owner_out_on_a_device_they_signed_in_from()
    {
        await using var factory = new VigilWebFactory();
        var name = await factory.UserAsync("admin");
        var owner = await factory.ClientAsync(null);
        Assert.Equal(HttpStatusCode.Redirect, (await VigilWebFactory.SignInAsync(owner, name, VigilWebFactory.Password)).StatusCode);

        var attacker = await factory.ClientAsync(null);
        for (var i = 0; i < SignInUser.MaxFailures + 2; i++)
        {
            await VigilWebFactory.SignInAsync(attacker, name, "guess " + i);
        }

        // The attacker, even with the right password, is locked out; the owner's browser is not.
        Assert.Equal(HttpStatusCode.OK, (await VigilWebFactory.SignInAsync(attacker, name, VigilWebFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VigilWebFactory.SignInAsync(owner, name, VigilWebFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task One_address_trying_many_names_is_slowed_down()
    {
        await using var factory = new VigilWebFactory();
        var attacker = await factory.ClientAsync(null);
        for (var i = 0; i < Vigil.Web.Auth.SignInThrottle.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await VigilWebFactory.SignInAsync(attacker, "user" + i, "guess")).StatusCode);
        }

        var refused = await VigilWebFactory.SignInAsync(attacker, "user-next", "guess");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    private static async Task<(HttpStatusCode Status, string Problem, double MedianMs)> AttemptsAsync(HttpClient client, string name)
    {
        var times = new List<double>();
        (HttpStatusCode Status, string Problem) last = (HttpStatusCode.OK, string.Empty);
        for (var i = 0; i < 5; i++)
        {
            var token = await VigilWebFactory.TokenAsync(client, "/account/signin");
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = name,
                ["Password"] = "another guess",
                ["__RequestVerificationToken"] = token,
            }));
            times.Add(watch.Elapsed.TotalMilliseconds);
            last = (response.StatusCode, ProblemPattern().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
        }

        times.Sort();
        return (last.Status, last.Problem, times[times.Count / 2]);
    }

    [GeneratedRegex("<p class=\"problem\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ProblemPattern();
}
