using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Geo.Situation;

/// <summary>One JSON shape for the log, the hub and its clients: camelCase, enums as names.</summary>
public static class SituationJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }
}
