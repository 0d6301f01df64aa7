using System.Text.Json;

namespace Vigil.Storage.Persons;

/// <summary>The JSON options person columns are written with: names in Persian script stay readable.</summary>
internal static class PersonJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
