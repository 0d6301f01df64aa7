using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Core;

/// <summary>A <see cref="UserMessage"/> in JSON is its English text, as a string was before.</summary>
public sealed class UserMessageJsonConverter : JsonConverter<UserMessage>
{
    /// <inheritdoc />
    public override UserMessage? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { } text ? (UserMessage)text : null;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, UserMessage value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
