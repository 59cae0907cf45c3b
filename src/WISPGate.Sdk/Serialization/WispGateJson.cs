using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace WISPGate.Sdk.Serialization;

/// <summary>
/// The serializer options every SDK payload goes through: the source-generated
/// <see cref="WispGateJsonContext"/> plus two rules: an enum property travels as its raw wire string (its generated
/// <c>…Raw</c> sibling, <see cref="RawEnumWireProperties"/>), and a <see cref="PatchRequest"/> sends exactly the
/// properties that were assigned (nulls included, which clear fields).
/// </summary>
internal static class WispGateJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(WispGateJsonContext.Default.Options)
        {
            TypeInfoResolver = WispGateJsonContext.Default
                .WithAddedModifier(RawEnumWireProperties.Modify)
                .WithAddedModifier(SendAssignedPatchPropertiesOnly),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void SendAssignedPatchPropertiesOnly(JsonTypeInfo typeInfo)
    {
        if (!typeof(PatchRequest).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            var wireName = property.Name;
            property.ShouldSerialize = (patch, _) => ((PatchRequest)patch).IsAssigned(wireName);
        }
    }
}
