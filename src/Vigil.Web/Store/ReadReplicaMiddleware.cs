using System.Data.Common;

namespace Vigil.Web.Store;

/// <summary>
/// Sends read-only requests to the <see cref="ReadReplica"/> while it is usable: GET and HEAD of the reading pages and
/// API (dashboard, incidents, reports, sources, speakers, statements, exports, public view), from a browser that has not
/// written anything in the last <see cref="OwnWritesWindow"/> (a write sets a short cookie, so the page after a form
/// post reads its own write from the primary). Everything else — sign-in, account, review, audit, users, every POST —
/// reads the primary. When a read on the replica fails before the response has started, the request is run again on
/// the primary with a log line instead of an error page.
/// </summary>
internal sealed class ReadReplicaMiddleware(RequestDelegate next, ReadReplica replica, IServiceScopeFactory scopes)
{
    /// <summary>The request item that makes this request's <c>VigilDbContext</c> open the replica.</summary>
    public const string UseReplica = "vigil.read-replica";

    /// <summary>How long after a write a browser reads only from the primary.</summary>
    public static readonly TimeSpan OwnWritesWindow = TimeSpan.FromSeconds(30);

    private const string WroteCookie = "vigil_wrote";

    private static readonly string[] ReadingPaths =
    [
        "/incidents", "/reports", "/sources", "/speakers", "/public",
        "/api/v1/incidents", "/api/v1/reports", "/api/v1/sources", "/api/v1/statements", "/api/v1/stats", "/api/v1/exports",
    ];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Cookies.Append(WroteCookie, "1", new CookieOptions { MaxAge = OwnWritesWindow, HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps });
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }

        if (!IsReading(context.Request.Path) || context.Request.Cookies.ContainsKey(WroteCookie) || !await replica.IsUsableAsync(context.RequestAborted))
        {
            await next(context);
            return;
        }

        context.Items[UseReplica] = true;
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && IsDatabaseFailure(ex) && !context.RequestAborted.IsCancellationRequested)
        {
            replica.Failed(ex);
            context.Items.Remove(UseReplica);
            await using var scope = scopes.CreateAsyncScope();
            var services = context.RequestServices;
            context.RequestServices = scope.ServiceProvider;
            try
            {
                await next(context);
            }
            finally
            {
                context.RequestServices = services;
            }
        }
    }

    private static bool IsReading(PathString path) =>
        path == "/" || ReadingPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static bool IsDatabaseFailure(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
