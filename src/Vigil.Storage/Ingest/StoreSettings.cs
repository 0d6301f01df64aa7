using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Storage.Ingest;

/// <summary>
/// A store's own defaults, kept in <c>DATA/settings.json</c> so that the CLI and the web app of the same
/// store agree (<c>vigil settings strip-location on</c>). A missing file means the documented defaults.
/// </summary>
public sealed class StoreSettings
{
    /// <summary>The file's name inside the data directory.</summary>
    public const string FileName = "settings.json";

    /// <summary>Default of <see cref="IngestOptions.StripLocation"/> for this store.</summary>
    [JsonPropertyName("strip_location")]
    public bool StripLocation { get; set; }

    /// <summary>Reads the settings of the store in <paramref name="dataDirectory"/>; a missing file gives the defaults, a broken one an error naming it.</summary>
    public static StoreSettings Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            return new StoreSettings();
        }

        try
        {
            return JsonSerializer.Deserialize<StoreSettings>(File.ReadAllText(path)) ?? new StoreSettings();
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid settings JSON (line {ex.LineNumber + 1})");
        }
    }

    /// <summary>Writes the settings (owner-only permissions, like the rest of the data directory).</summary>
    public void Save(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        File.WriteAllText(path, JsonSerializer.Serialize(this));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
