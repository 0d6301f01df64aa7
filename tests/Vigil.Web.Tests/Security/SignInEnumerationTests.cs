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

        // Interleaved, so a busy machine slows both kinds alike instead of whichever ran second.
        var (locked, unknown) = await AttemptsAsync(attacker, name, "no-such-user");
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

    private static async Task<(Attempts Locked, Attempts Unknown)> AttemptsAsync(HttpClient client, string locked, string unknown)
    {
        var lockedTimes = new List<double>();
        var unknownTimes = new List<double>();
        (HttpStatusCode, string) lockedLast = (HttpStatusCode.OK, string.Empty), unknownLast = (HttpStatusCode.OK, string.Empty);
        for (var i = 0; i < 7; i++)
        {
            lockedLast = await AttemptAsync(client, locked, lockedTimes);
            unknownLast = await AttemptAsync(client, unknown, unknownTimes);
        }

        return (new Attempts(lockedLast.Item1, lockedLast.Item2, Median(lockedTimes)), new Attempts(unknownLast.Item1, unknownLast.Item2, Median(unknownTimes)));
    }

    private static async Task<(HttpStatusCode, string)> AttemptAsync(HttpClient client, string name, List<double> times)
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
        return (response.StatusCode, ProblemPattern().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private sealed record Attempts(HttpStatusCode Status, string Problem, double MedianMs);

    [GeneratedRegex("<p class=\"problem\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex ProblemPattern();
}
