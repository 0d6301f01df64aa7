using Vigil.Web;

var app = VigilWeb.Build(args);
if (VigilWeb.DataDirectoryProblem(app) is { } problem)
{
    Console.Error.WriteLine($"Vigil: refusing to serve: {problem}");
    return 1;
}

try
{
    await VigilWeb.PrepareAsync(app);
}
catch (Vigil.Storage.Database.StoreUnavailableException ex)
{
    Console.Error.WriteLine($"Vigil: {ex.Message}");
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The web app's entry point (public so tests can host it with WebApplicationFactory).</summary>
public partial class Program;
