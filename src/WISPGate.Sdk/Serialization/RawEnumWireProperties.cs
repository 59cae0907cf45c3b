using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WISPGate.Sdk.Serialization;

/// <summary>
/// Puts the generated <c>…Raw</c> sibling of every enum property on the wire in its place: <c>Status</c> (the enum) and
/// <c>StatusRaw</c> (its wire string, <c>status_raw</c> by name) become one JSON property <c>status</c> read and written
/// through <c>StatusRaw</c>, so a value this SDK version does not know reads as <c>Unknown</c> with its string kept, and
/// goes back out unchanged. The enum property stays in the metadata under a name no JSON has, without getter or setter
/// (the constructor path of <c>required</c>/<c>init</c> members still binds it). A model built in code with
/// <c>Unknown</c> and no raw string still cannot be sent.
/// </summary>
internal static class RawEnumWireProperties
{
    private const string RawSuffix = "_raw";

    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var raw in typeInfo.Properties.Where(IsRawSibling).ToList())
        {
            var wireName = raw.Name[..^RawSuffix.Length];
            var facade = typeInfo.Properties.FirstOrDefault(property => property.Name == wireName && IsEnumShape(property.PropertyType));
            if (facade?.Get is not { } facadeGet || raw.Get is not { } rawGet)
            {
                continue;
            }

            var required = facade.IsRequired;
            facade.Name = "\0" + wireName;
            facade.Get = null;
            facade.Set = null;
            facade.IsRequired = false;

            var modelName = typeInfo.Type.Name;
            raw.Name = wireName;
            raw.IsRequired = required;
            raw.Get = model => rawGet(model) ?? (facadeGet(model) is null
                ? null
                : throw new JsonException(
                    $"{modelName}.{wireName} is Unknown without a raw wire value, which cannot be sent: it stands for a value this SDK version does not know. Assign its …Raw property instead."));
        }
    }

    private static bool IsRawSibling(JsonPropertyInfo property) =>
        property.Name.EndsWith(RawSuffix, StringComparison.Ordinal)
        && (property.PropertyType == typeof(string) || property.PropertyType == typeof(IReadOnlyList<string>));

    private static bool IsEnumShape(Type type) =>
        type.IsEnum
        || Nullable.GetUnderlyingType(type) is { IsEnum: true }
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && type.GetGenericArguments()[0].IsEnum);
}
