using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vigil.Web.Tests.Security;

/// <summary>What `vigil serve` writes to the operator's terminal: never a request's URL (it carries what was searched for) or SQL.</summary>
public sealed class LoggingTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public LoggingTests(VigilWebFactory factory) => _factory = factory;

    [Theory]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics")]
    [InlineData("Microsoft.AspNetCore.Routing.EndpointMiddleware")]
    [InlineData("Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.PageActionInvoker")]
    [InlineData("Microsoft.EntityFrameworkCore.Database.Command")]
    public void Requests_and_SQL_are_not_logged_but_their_warnings_are(string category)
    {
        var logger = _factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void The_address_served_is_still_logged()
    {
        var logger = _factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.Hosting.Lifetime");

        Assert.True(logger.IsEnabled(LogLevel.Information));
    }
}
