using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Web.Store;

namespace Vigil.Web.Tests.Store;

/// <summary>The cache under the audit head (<see cref="AuditHeadCache"/>): a missing value is computed once, whoever asks meanwhile.</summary>
public sealed class AuditHeadCacheTests
{
    [Fact]
    public async Task Requests_that_miss_the_same_value_together_compute_it_once()
    {
        using var factory = new VigilWebFactory();
        using var cache = new AuditHeadCache();
        var computed = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<List<string>> Compute(CancellationToken token)
        {
            Interlocked.Increment(ref computed);
            await release.Task.WaitAsync(token);
            return ["Tehran", "Kurdistan"];
        }

        _ = factory.Services; // the app started (and its store made) once, before the readers
        var reads = Enumerable.Range(0, 5).Select(_ => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await cache.GetAsync(scope.ServiceProvider.GetRequiredService<VigilDbContext>(), "provinces", Compute, CancellationToken.None);
        })).ToList();

        // Every reader has read the head and found the value missing before the one computation ends.
        await Task.Delay(TimeSpan.FromSeconds(1));
        release.SetResult();
        var values = await Task.WhenAll(reads);

        Assert.Equal(1, computed);
        Assert.All(values, v => Assert.Equal(["Tehran", "Kurdistan"], v));
    }

    [Fact]
    public async Task A_reader_waiting_for_an_aborted_computation_computes_the_value_itself()
    {
        using var factory = new VigilWebFactory();
        using var cache = new AuditHeadCache();
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        using var aborted = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var computed = 0;

        var abortedRead = cache.GetAsync(first.ServiceProvider.GetRequiredService<VigilDbContext>(), "stats", async token =>
        {
            Interlocked.Increment(ref computed);
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return "never";
        }, aborted.Token);
        await started.Task;
        var waiting = cache.GetAsync(second.ServiceProvider.GetRequiredService<VigilDbContext>(), "stats", _ =>
        {
            Interlocked.Increment(ref computed);
            return Task.FromResult("computed again");
        }, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        aborted.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abortedRead);
        Assert.Equal("computed again", await waiting);
        Assert.Equal(2, computed);
    }

    [Theory]
    [InlineData("GET", "before the write")]
    [InlineData("HEAD", "before the write")]
    [InlineData("POST", "after the write")]
    public async Task A_read_only_request_keeps_the_head_it_read_first_and_other_requests_read_it_at_every_value(string method, string expected)
    {
        using var factory = new VigilWebFactory();
        var requests = new HttpContextAccessor { HttpContext = new DefaultHttpContext { Request = { Method = method } } };
        using var cache = new AuditHeadCache(requests);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();

        Assert.Equal("before the write", await cache.GetAsync(db, "provinces", _ => Task.FromResult("before the write"), CancellationToken.None));

        // A write during the request moves the head: a POST looks the value up again under the new head, a GET keeps its first.
        var log = new AuditLog(db, TimeProvider.System);
        await log.AppendAsync("test", "test.edited", "incident", "i1", AuditPayload.Deleted);
        await db.SaveChangesAsync();

        Assert.Equal(expected, await cache.GetAsync(db, "provinces", _ => Task.FromResult("after the write"), CancellationToken.None));
    }

    [Fact]
    public async Task A_read_only_request_reads_the_head_again_for_another_context()
    {
        using var factory = new VigilWebFactory();
        var requests = new HttpContextAccessor { HttpContext = new DefaultHttpContext { Request = { Method = "GET" } } };
        using var cache = new AuditHeadCache(requests);
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var db = first.ServiceProvider.GetRequiredService<VigilDbContext>();

        Assert.Equal("before the write", await cache.GetAsync(db, "provinces", _ => Task.FromResult("before the write"), CancellationToken.None));
        var log = new AuditLog(db, TimeProvider.System);
        await log.AppendAsync("test", "test.edited", "incident", "i1", AuditPayload.Deleted);
        await db.SaveChangesAsync();

        Assert.Equal("after the write", await cache.GetAsync(second.ServiceProvider.GetRequiredService<VigilDbContext>(), "provinces", _ => Task.FromResult("after the write"), CancellationToken.None));
    }
}
