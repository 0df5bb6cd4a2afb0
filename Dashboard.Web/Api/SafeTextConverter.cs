using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Web.Api;

/// <summary>
/// Reads every JSON string of an API body and refuses a NUL or another control character (tab, line feed and carriage
/// return are text), so such a value is a 400 naming the field instead of an error from the database.
/// </summary>
public sealed class SafeTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"expected a string, got {reader.TokenType}.");
        var text = reader.GetString();
        if (text is not null && SafeText.FirstControl(text) is { } at)
            throw new JsonException($"the text holds control character U+{(int)text[at]:X4} at character {at + 1}; NUL and control characters are not accepted.");
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
