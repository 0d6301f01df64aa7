namespace Vigil.Web.Auth;

/// <summary>A user signed in with a one-time password can only change it (or sign out) until they do.</summary>
internal sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.MustChange() && !path.StartsWithSegments("/account/password") && !path.StartsWithSegments("/account/signout"))
        {
            if (path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            else
            {
                context.Response.Redirect("/account/password");
            }

            return Task.CompletedTask;
        }

        return next(context);
    }
}
