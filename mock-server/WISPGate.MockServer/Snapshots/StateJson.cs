using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// How entities are written in a state snapshot: the wire format (<see cref="WireJson"/>: snake_case, enums as wire
/// names) plus the state the API never shows — every <c>[JsonIgnore]</c> property with a setter (signing secrets, key
/// hashes, an invoice's requested due date, a subscription's period anchor…) under its snake_case name, written when it
/// is not its default — and timestamps to the tick (<c>2026-04-13T10:21:00.1234567Z</c>; whole seconds stay
/// <c>2026-04-13T10:21:00Z</c>), so that loading a snapshot gives back the same records. Unknown fields are refused.
/// </summary>
internal static class StateJson
{
    /// <summary>The options.</summary>
    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>How a snapshot document is written: indented by two spaces, <c>\n</c> line ends, JSON's escaping only.</summary>
    public static readonly JsonWriterOptions Writer = new() { Indented = true, NewLine = "\n", Encoder = WireJson.Encoder };

    /// <summary>Writes a timestamp as a snapshot does (to the tick, UTC, <c>Z</c>).</summary>
    public static string Timestamp(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return utc.Ticks % TimeSpan.TicksPerSecond == 0
            ? WireJson.Timestamp(value)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(WireJson.Options)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { IncludeInternalState } },
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        for (var i = options.Converters.Count - 1; i >= 0; i--)
        {
            if (options.Converters[i].CanConvert(typeof(DateTimeOffset)))
            {
                options.Converters.RemoveAt(i);
            }
        }

        options.Converters.Add(new PreciseTimestampConverter());
        options.MakeReadOnly();
        return options;
    }

    // [JsonIgnore] properties of the server's own types that can be set are state: include them.
    private static void IncludeInternalState(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Assembly != typeof(StateJson).Assembly)
        {
            return;
        }

        foreach (var property in info.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always }
                || property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (info.Properties[i].Name == name)
                {
                    info.Properties.RemoveAt(i);
                }
            }

            var json = info.CreateJsonPropertyInfo(property.PropertyType, name);
            json.Get = property.GetValue;
            json.Set = property.SetValue;
            json.ShouldSerialize = (_, value) => !IsDefault(value);
            info.Properties.Add(json);
        }
    }

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        JsonElement element => element.ValueKind == JsonValueKind.Undefined,
        string => false,
        ICollection collection => collection.Count == 0,
        _ when value.GetType().IsValueType => value.Equals(Activator.CreateInstance(value.GetType())),
        _ => false,
    };

    private sealed class PreciseTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && WireTimestamp.TryParse(reader.GetString(), out var value)
                ? value
                : throw new JsonException("Not an RFC 3339 date-time (e.g. 2026-04-13T10:21:00Z).");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Timestamp(value));
    }
}
