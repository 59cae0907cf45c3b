using System.Text.Json;
using System.Text.Json.Serialization;

namespace WISPGate.Sdk.Serialization;

/// <summary>
/// Reads and writes a discriminated union of the contract (<c>oneOf</c> + <c>discriminator: type</c>) as a
/// closed set of SDK records under an abstract base. A <c>type</c> this SDK version does not know, or a
/// known type whose object does not read as its record, becomes the union's <c>Unknown…</c> member that
/// keeps the JSON exactly as received; writing it back emits those bytes unchanged. Known members are
/// read and written with their source-generated metadata from the SDK's options (trim/AOT safe).
/// </summary>
/// <typeparam name="TBase">The union's abstract base record.</typeparam>
internal abstract class UnionConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    private readonly IReadOnlyDictionary<string, Type> _members;
    private readonly HashSet<Type> _memberTypes;

    /// <summary>Creates the converter.</summary>
    /// <param name="members">The record of each known <c>type</c> value.</param>
    protected UnionConverter(IReadOnlyDictionary<string, Type> members)
    {
        _members = members;
        _memberTypes = [.. members.Values];
    }

    /// <summary>
    /// The options members are read and written with: always the SDK's own (<see cref="WispGateJson.Options"/>, with its
    /// contract rules such as raw enum values), not the ones passed in. A parent type serialized by the source
    /// generator's fast path hands this converter the context's bare options, which lack those rules.
    /// </summary>
    private static JsonSerializerOptions MemberOptions => WispGateJson.Options;

    /// <summary>The fallback member for JSON that is not a known member.</summary>
    /// <param name="type">The <c>type</c> as sent (empty when missing).</param>
    /// <param name="rawJson">The member's JSON exactly as received.</param>
    /// <returns>The <c>Unknown…</c> member.</returns>
    protected abstract TBase CreateUnknown(string type, string rawJson);

    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected an object for {typeof(TBase).Name}, found {root.ValueKind}.");
        }

        var type = root.TryGetProperty("type", out var discriminator) && discriminator.ValueKind == JsonValueKind.String
            ? discriminator.GetString()!
            : string.Empty;
        if (_members.TryGetValue(type, out var member))
        {
            try
            {
                if (root.Deserialize(MemberOptions.GetTypeInfo(member)) is TBase known)
                {
                    return known;
                }
            }
            catch (JsonException)
            {
                // A known type in a shape this SDK version cannot read (the API extended it): keep it raw
                // instead of failing the whole response.
            }
        }

        return CreateUnknown(type, root.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        if (value is IRawJsonMember raw)
        {
            writer.WriteRawValue(raw.RawJson);
            return;
        }

        if (!_memberTypes.Contains(value.GetType()))
        {
            throw new JsonException($"{value.GetType().Name} is not a member of {typeof(TBase).Name}.");
        }

        JsonSerializer.Serialize(writer, value, MemberOptions.GetTypeInfo(value.GetType()));
    }
}

/// <summary>An <c>Unknown…</c> union member: the JSON it was read from, written back unchanged.</summary>
internal interface IRawJsonMember
{
    /// <summary>The member's JSON exactly as received.</summary>
    string RawJson { get; }

    /// <summary>The <c>Raw</c> of every <c>Unknown…</c> member: its JSON as a <see cref="JsonElement"/>, a fresh copy on each call.</summary>
    /// <param name="rawJson">The member's <see cref="RawJson"/>.</param>
    /// <returns>The parsed copy.</returns>
    static JsonElement Parse(string rawJson)
    {
        using var document = JsonDocument.Parse(rawJson);
        return document.RootElement.Clone();
    }
}
