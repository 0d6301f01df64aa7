using System.CommandLine;
using Vigil.Storage.Database;

namespace Vigil.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data directory holding the SQLite database and the blobs (default ./vigil-data, or VIGIL_DATA)",
        Recursive = true,
    };

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "PostgreSQL connection string, e.g. \"Host=127.0.0.1;Database=vigil;Username=vigil\" (or VIGIL_DB); blobs stay in the data directory unless --blobs database",
        Recursive = true,
    };

    public static readonly Option<string?> Blobs = new("--blobs")
    {
        Description = "Where original bytes are kept: 'files' in the data directory (default) or 'database' (PostgreSQL's blobs table, shared by every app server; needs --db), or VIGIL_BLOBS",
        Recursive = true,
    };

    public static readonly Option<string?> Actor = new("--actor")
    {
        Description = "Name recorded in the audit log for this command's writes (default cli:$USER)",
        Recursive = true,
    };

    public static StoreLocation LocationOf(ParseResult parse, CliConsole console) =>
        StoreLocation.Of(parse.GetValue(Data) ?? Env(console, "VIGIL_DATA"), parse.GetValue(Db) ?? Env(console, "VIGIL_DB"), parse.GetValue(Blobs) ?? Env(console, "VIGIL_BLOBS"));

    public static string ActorOf(ParseResult parse, CliConsole console) =>
        parse.GetValue(Actor) ?? $"cli:{Env(console, "USER") ?? "unknown"}";

    private static string? Env(CliConsole console, string name) =>
        console.Environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
