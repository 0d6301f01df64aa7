using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Vigil.Web;

namespace Vigil.Cli.Web;

/// <summary><c>vigil serve</c>: the web app over the same data directory and database as the other commands.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var urls = new Option<string>("--urls") { Description = $"Address(es) to listen on, ';'-separated (default {VigilWeb.DefaultUrl}: this machine only)", DefaultValueFactory = _ => VigilWeb.DefaultUrl };
        var open = new Option<bool>("--public") { Description = "Also serve /public: confirmed incidents (fields, figures by source, sources; no report text) to anyone, without signing in" };
        var dbRead = new Option<string?>("--db-read") { Description = "A PostgreSQL streaming replica's connection string for read-only pages (reads fall back to the --db primary, with a log line, while it is down or lagging)" };
        var command = new Command("serve", "Serve the web app (sign-in required for everything but the optional --public view); creates the first admin and prints its one-time password when there is no user") { urls, open, dbRead };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var location = GlobalOptions.LocationOf(parse, console);
            var args = new List<string> { $"--Vigil:Data={location.DataDirectory}", $"--urls={parse.GetValue(urls)}" };
            if (parse.GetValue(open))
            {
                args.Add("--Vigil:Public=true");
            }

            if (location.ConnectionString is { } db)
            {
                args.Add($"--Vigil:Db={db}");
            }

            if (parse.GetValue(dbRead) is { Length: > 0 } replica)
            {
                args.Add($"--Vigil:DbRead={replica}");
            }

            if (location.BlobsInDatabase)
            {
                args.Add("--Vigil:Blobs=database");
            }

            WebApplication built;
            try
            {
                built = VigilWeb.Build([.. args]);
            }
            catch (InvalidDataException ex)
            {
                console.Fail($"cannot read the master key: {ex.Message}");
                return 1;
            }

            await using var app = built;
            if (VigilWeb.DataDirectoryProblem(app) is { } problem)
            {
                console.Fail($"refusing to serve: {problem}");
                return 1;
            }

            await VigilWeb.PrepareAsync(app, line => console.Output.WriteLine(line));
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                // Typically the port is taken: a user error, not a bug.
                console.Fail($"cannot listen on {parse.GetValue(urls)}: {ex.Message}");
                return 1;
            }

            console.Output.WriteLine($"Vigil is serving {string.Join(", ", app.Urls)} over {location.Describe()} (Ctrl+C to stop)");
            if (parse.GetValue(open))
            {
                console.Output.WriteLine("The public view of confirmed incidents is on at /public (no sign-in needed)");
            }

            // Standard output may be a buffered pipe (a service log): the URL and password must show now.
            await console.Output.FlushAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
