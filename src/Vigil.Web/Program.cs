using Vigil.Web;

var app = VigilWeb.Build(args);
await VigilWeb.PrepareAsync(app);
await app.RunAsync();

/// <summary>The web app's entry point (public so tests can host it with WebApplicationFactory).</summary>
public partial class Program;
