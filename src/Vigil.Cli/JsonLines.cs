using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Cli;

/// <summary>Serializer settings for machine-readable output: readable characters (no \u0027 escapes), one object per line.</summary>
internal static class JsonLines
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
