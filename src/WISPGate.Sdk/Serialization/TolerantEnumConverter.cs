using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WISPGate.Sdk.Serialization;

/// <summary>
/// Reads an SDK enum from its snake_case wire string; a value the SDK does not know yet becomes
/// the enum's <c>Unknown</c> member (0) instead of failing the whole response, so the API can add
/// lifecycle states without breaking deployed clients. Writing <c>Unknown</c> is refused: it is
/// not a value the API accepts.
/// </summary>
internal sealed class TolerantEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(TEnum).Name}, found {reader.TokenType}.");
        }

        return EnumWireNames<TEnum>.Parse(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var wire = EnumWireNames<TEnum>.ToWire(value)
            ?? throw new JsonException(
                $"{typeof(TEnum).Name}.{value} cannot be sent: it stands for a value this SDK version does not know.");
        writer.WriteStringValue(wire);
    }
}
