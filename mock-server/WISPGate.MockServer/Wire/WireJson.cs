using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using WISPGate.MockServer.Contract;

namespace WISPGate.MockServer.Wire;

/// <summary>The wire format: snake_case fields, absent rather than null optional fields, UTC timestamps ending in Z.</summary>
internal static class WireJson
{
    /// <summary>Options for everything the server writes and for request DTOs it reads.</summary>
    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>
    /// Escapes only what JSON requires (and HTML-sensitive characters need no escaping in an API): <c>+1555…</c>
    /// stays readable instead of <c>+1555…</c>.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>
    /// The wire name of an enum value (<c>DeviceStatus.InStock</c> → <c>in_stock</c>), for filters and messages;
    /// computed once per value, since list filters ask for it on every row.
    /// </summary>
    public static string Name<T>(T value)
        where T : struct, Enum =>
        EnumNames<T>.ByValue.TryGetValue(value, out var name) ? name : ConvertName(value);

    /// <summary>A timestamp as the wire writes it: UTC to the second, <c>2026-04-13T10:21:00Z</c>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A <see cref="JsonException"/>'s message without the " Path: … | LineNumber: …" position suffix.</summary>
    public static string Problem(JsonException exception) =>
        exception.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];

    /// <summary>The body field a <see cref="JsonException"/> is about (<c>$.address.city</c> → <c>address.city</c>), or <c>body</c>.</summary>
    public static string Field(JsonException exception) => exception.Path is { Length: > 2 } path ? path[2..] : "body";

    /// <summary>Serializes a value to a JSON element in the wire format.</summary>
    public static JsonElement ToElement(object value) => JsonSerializer.SerializeToElement(value, value.GetType(), Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            // Map keys (metadata, radius attributes) are data, not names: keep them as sent.
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            Encoder = Encoder,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new UtcTimestampConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static string ConvertName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(value => value, ConvertName);
    }

    /// <summary>Writes timestamps as <c>2026-04-13T10:21:00Z</c>.</summary>
    private sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
    {
        // The contract's date-time, read as its format check reads it; anything else is the client's input (→ 422).
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            WireTimestamp.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("Not an RFC 3339 date-time the server can represent.");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Timestamp(value));
    }
}
