using System.Globalization;
using System.Text.Json;

namespace Vigil.Core.Evaluation;

/// <summary>The few Python semantics score.py relies on, over System.Text.Json values (missing and null are both None).</summary>
internal static class PyJson
{
    /// <summary><c>d.get(name)</c>: the value, or null when <paramref name="obj"/> is not an object, lacks the key, or holds JSON null.</summary>
    public static JsonElement? Get(JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    /// <summary><c>d.get(name) or []</c> as a list of elements.</summary>
    public static IReadOnlyList<JsonElement> List(JsonElement? obj, string name) =>
        Get(obj, name) is { ValueKind: JsonValueKind.Array } a ? [.. a.EnumerateArray()] : [];

    /// <summary>The value as a string when it is one, else null.</summary>
    public static string? String(JsonElement? value) => value is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;

    /// <summary>Python's <c>str(v)</c> for a JSON value (None is "None").</summary>
    public static string Str(JsonElement? value) => value switch
    {
        null => "None",
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? string.Empty,
        { ValueKind: JsonValueKind.True } => "True",
        { ValueKind: JsonValueKind.False } => "False",
        { } v => v.GetRawText(),
    };

    /// <summary>Python's <c>isinstance(v, int)</c> (bool included) with its value.</summary>
    public static bool TryInt(JsonElement? value, out long result)
    {
        result = 0;
        switch (value)
        {
            case { ValueKind: JsonValueKind.True }:
                result = 1;
                return true;
            case { ValueKind: JsonValueKind.False }:
                return true;
            case { ValueKind: JsonValueKind.Number } n:
                var raw = n.GetRawText();
                return raw.IndexOfAny(['.', 'e', 'E']) < 0 && long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
            default:
                return false;
        }
    }

    /// <summary>Python's <c>not v</c> for a JSON value.</summary>
    public static bool IsFalsy(JsonElement? value) => value switch
    {
        null => true,
        { ValueKind: JsonValueKind.False } => true,
        { ValueKind: JsonValueKind.String } s => s.GetString()!.Length == 0,
        { ValueKind: JsonValueKind.Number } n => n.GetDouble() == 0,
        { ValueKind: JsonValueKind.Array } a => a.GetArrayLength() == 0,
        { ValueKind: JsonValueKind.Object } o => !o.EnumerateObject().Any(),
        _ => false,
    };

    /// <summary>Python's <c>==</c> between two decoded JSON values (numbers by value, True == 1).</summary>
    public static bool PyEquals(JsonElement? a, JsonElement? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (Numeric(a.Value) is { } x && Numeric(b.Value) is { } y)
        {
            return x == y;
        }

        var x1 = a.Value;
        var y1 = b.Value;
        if (x1.ValueKind == JsonValueKind.String && y1.ValueKind == JsonValueKind.String)
        {
            return string.Equals(x1.GetString(), y1.GetString(), StringComparison.Ordinal);
        }

        return x1.ValueKind == y1.ValueKind && x1.ValueKind is JsonValueKind.Array or JsonValueKind.Object && JsonElement.DeepEquals(x1, y1);
    }

    private static double? Numeric(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDouble(),
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        _ => null,
    };
}
