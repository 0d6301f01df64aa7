namespace Vigil.Cli.Store;

/// <summary>Where the data lives: the data directory (SQLite file + blobs) and, optionally, a PostgreSQL connection string.</summary>
/// <param name="DataDirectory">Default <c>./vigil-data</c>; <c>--data</c> or <c>VIGIL_DATA</c>.</param>
/// <param name="ConnectionString">A PostgreSQL connection string from <c>--db</c> or <c>VIGIL_DB</c>; null for the embedded SQLite file.</param>
internal sealed record StoreLocation(string DataDirectory, string? ConnectionString)
{
    public const string DefaultDataDirectory = "vigil-data";

    public string SqlitePath => Path.Combine(DataDirectory, "vigil.db");

    public string BlobDirectory => Path.Combine(DataDirectory, "blobs");

    public bool IsPostgres => ConnectionString is not null;

    /// <summary>"SQLite (path)" or "PostgreSQL (host/database)": never the password.</summary>
    public string Describe()
    {
        if (ConnectionString is null)
        {
            return $"SQLite ({SqlitePath})";
        }

        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString };
        builder.TryGetValue("Host", out var host);
        builder.TryGetValue("Database", out var database);
        return $"PostgreSQL ({host}/{database})";
    }
}
