using System.CommandLine;
using Vigil.Storage.Database;
using Vigil.Storage.Ingest;

namespace Vigil.Cli.Store;

/// <summary><c>vigil settings [strip-location on|off]</c>: shows or changes the store's own defaults (<c>DATA/settings.json</c>).</summary>
internal static class StoreSettingsCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("setting") { Description = "strip-location: keep GPS and device fields out of evidence metadata stored from now on", Arity = ArgumentArity.ZeroOrOne };
        var value = new Argument<string?>("value") { Description = "on or off", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("settings", "Show or change this store's defaults (kept in the data directory, shared by vigil ingest and vigil serve)") { name, value };
        command.SetAction(parse =>
        {
            var location = GlobalOptions.LocationOf(parse, console);
            var settings = Load(location, console);
            if (settings is null)
            {
                return 1;
            }

            var setting = parse.GetValue(name);
            if (setting is null)
            {
                console.Output.WriteLine($"strip-location: {(settings.StripLocation ? "on" : "off")}");
                return 0;
            }

            if (setting != "strip-location")
            {
                console.Fail($"unknown setting '{setting}' (known: strip-location)");
                return 2;
            }

            switch (parse.GetValue(value))
            {
                case "on": settings.StripLocation = true; break;
                case "off": settings.StripLocation = false; break;
                default:
                    console.Fail("strip-location takes on or off");
                    return 2;
            }

            Directory.CreateDirectory(location.DataDirectory);
            settings.Save(location.DataDirectory);
            console.Output.WriteLine($"strip-location: {(settings.StripLocation ? "on" : "off")}");
            return 0;
        });
        return command;
    }

    /// <summary>The store's settings, or null after saying what is wrong with the file.</summary>
    public static StoreSettings? Load(StoreLocation location, CliConsole console)
    {
        try
        {
            return StoreSettings.Load(location.DataDirectory);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            console.Fail(ex.Message);
            return null;
        }
    }
}
