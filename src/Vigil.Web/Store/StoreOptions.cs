using Vigil.Storage.Database;

namespace Vigil.Web.Store;

/// <summary>
/// The web app's settings (section <c>Vigil</c>): where the data lives (<see cref="Location"/>, the same
/// <see cref="StoreLocation"/> the CLI uses) and what only the web app needs (upload limits, public view, keys, proxies).
/// </summary>
public sealed class StoreOptions
{
    /// <summary>Data directory holding vigil.db and the blobs. Default ./vigil-data.</summary>
    public string Data { get; set; } = "vigil-data";

    /// <summary>A PostgreSQL connection string; null or empty for the SQLite file in <see cref="Data"/>.</summary>
    public string? Db { get; set; }

    /// <summary>A PostgreSQL streaming replica's connection string for read-only pages (<c>--db-read</c>); null to read the primary only.</summary>
    public string? DbRead { get; set; }

    /// <summary>Where original bytes are kept: "files" (the data directory, default) or "database" (PostgreSQL's blobs table, for several app servers).</summary>
    public string? Blobs { get; set; }

    /// <summary>Largest report accepted by the submit page, in bytes. Default 5 MiB.</summary>
    public int MaxReportBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest evidence file accepted by the submit page, in bytes. Default 100 MiB.</summary>
    public long MaxEvidenceBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>
    /// Serve <c>/public</c>: confirmed incidents (their fields, figures by source and sources — no report text,
    /// no evidence, no names of editors) to anyone, signed in or not. Off by default (<c>vigil serve --public</c>).
    /// </summary>
    public bool Public { get; set; }

    /// <summary>A file holding the master key that encrypts the session-signing keys at rest (also <c>VIGIL_KEY_FILE</c>).</summary>
    public string? KeyFile { get; set; }

    /// <summary>The master key itself, base64 or hex (also <c>VIGIL_KEY</c>); <see cref="KeyFile"/> wins when both are set.</summary>
    public string? Key { get; set; }

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are believed
    /// (';'-separated). Behind TLS at such a proxy, cookies are marked Secure. Anyone else's forwarded headers are ignored.
    /// </summary>
    public string? Proxy { get; set; }

    /// <summary>The data directory (made absolute) and database these settings name.</summary>
    public StoreLocation Location => StoreLocation.Of(Data, Db, Blobs);
}
