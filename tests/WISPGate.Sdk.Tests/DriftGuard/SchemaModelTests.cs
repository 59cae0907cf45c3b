using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Tests.DriftGuard;

/// <summary>
/// Every component schema of the contract against the SDK type of the same name: the same JSON
/// property names both ways, the same required properties, optional and nullable properties nullable
/// in C#, and the same enum values. Envelopes (<c>XResponse</c>, <c>XListResponse</c>) are checked as
/// the SDK's generic <c>ApiEnvelope&lt;X&gt;</c> / <c>ListEnvelope&lt;X&gt;</c>.
/// </summary>
public sealed class SchemaModelTests
{
    /// <summary>Schemas of the API gateway's own endpoints, which are not SDK methods.</summary>
    private static readonly IReadOnlySet<string> s_gatewaySchemas = new HashSet<string>(StringComparer.Ordinal) { "Health" };

    /// <summary>Request bodies that are form-encoded, not JSON (the LibreQoS export's <c>api_token</c> form).</summary>
    private static readonly IReadOnlySet<string> s_formBodies = new HashSet<string>(StringComparer.Ordinal) { "LibreQosExportRequest" };

    /// <summary>Enums the SDK reads as plain strings on purpose, so that new values never break a client (error codes).</summary>
    private static readonly IReadOnlySet<string> s_stringValuedEnums = new HashSet<string>(StringComparer.Ordinal) { "ErrorCode", "ErrorDetailCode" };

    /// <summary>
    /// Properties the contract made required after 1.0.0 that the SDK keeps optional on purpose: the server always sends
    /// them, but a <c>required</c> member would break code that builds the model (source compatibility), and reading
    /// stays tolerant of an older server. The C# property is still nullable.
    /// </summary>
    private static readonly IReadOnlySet<string> s_requiredButReadLeniently = new HashSet<string>(StringComparer.Ordinal) { "Subscriber.updated_at" };

    public static TheoryData<string> SchemaNames => new(OpenApiContract.Schemas
        .Select(pair => pair.Key)
        .Where(name => !s_gatewaySchemas.Contains(name) && !s_formBodies.Contains(name))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Each_schema_has_an_sdk_type_with_the_same_shape(string schemaName)
    {
        var schema = OpenApiContract.Schemas[schemaName]!.AsObject();
        if (schema["enum"] is JsonArray values)
        {
            EnumShouldMatch(schemaName, values);
            return;
        }

        var model = ModelFor(schemaName, schema);
        model.Should().NotBeNull($"the contract's schema {schemaName} needs an SDK model named {schemaName} (or, for an envelope, its data model)");
        var typeInfo = WispGateJson.Options.GetTypeInfo(model!);
        // [JsonIgnore]d helpers (e.g. Event.KnownType) stay in the metadata without a getter or setter: not on the wire.
        var properties = typeInfo.Properties.Where(property => property.Get is not null || property.Set is not null).ToDictionary(property => property.Name, StringComparer.Ordinal);
        var schemaProperties = schema["properties"]?.AsObject() ?? [];
        var required = schema["required"]?.AsArray().Select(name => name!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];

        properties.Keys.Should().BeEquivalentTo(schemaProperties.Select(pair => pair.Key), $"{model!.Name} has the JSON properties of {schemaName}, both ways");
        if (!model!.IsPublic)
        {
            // Internal envelope plumbing reads leniently: a missing 'data' becomes a clear invalid_response error instead.
            return;
        }

        properties.Values.Where(property => property.IsRequired).Select(property => property.Name)
            .Should().BeEquivalentTo(required.Where(name => !s_requiredButReadLeniently.Contains($"{schemaName}.{name}")), $"{model.Name} requires exactly the properties {schemaName} requires");
        foreach (var (name, propertySchema) in schemaProperties)
        {
            var property = properties[name];
            if (!required.Contains(name) || AllowsNull(propertySchema!))
            {
                IsNullable(property).Should().BeTrue($"{model.Name}.{name} is optional or nullable in {schemaName}, so it must be nullable");
            }
        }
    }

    private static Type? ModelFor(string schemaName, JsonObject schema)
    {
        if (SdkSurface.ModelNamed(schemaName) is { } model)
        {
            return model;
        }

        // A success envelope: { success, data, meta } around one model or a page of them.
        var data = schema["properties"]?["data"];
        if (data is null || schema["properties"]?["success"] is null)
        {
            return null;
        }

        var isList = data["type"]?.GetValue<string>() == "array";
        var dataModel = OpenApiContract.SchemaName(isList ? data["items"] : data) is { } dataSchema ? SdkSurface.ModelNamed(dataSchema) : null;
        return dataModel is null ? null : (isList ? typeof(ListEnvelope<>) : typeof(ApiEnvelope<>)).MakeGenericType(dataModel);
    }

    private static void EnumShouldMatch(string schemaName, JsonArray values)
    {
        var wireValues = values.Select(value => value!.GetValue<string>()).ToList();
        var enumType = SdkSurface.ModelNamed(schemaName);
        if (s_stringValuedEnums.Contains(schemaName))
        {
            enumType.Should().BeNull($"{schemaName} is read as a plain string");
            return;
        }

        enumType.Should().NotBeNull($"the contract's enum {schemaName} needs an SDK enum named {schemaName}");
        enumType!.IsEnum.Should().BeTrue();
        Enum.GetValues(enumType).Cast<object>().Where(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
            .Select(value => value.ToString()).Should().Equal(["Unknown"], "member 0 stands for values this SDK does not know yet");

        var typeInfo = WispGateJson.Options.GetTypeInfo(enumType);
        var names = Enum.GetValues(enumType).Cast<object>()
            .Where(value => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .Select(value => JsonSerializer.Serialize(value, typeInfo).Trim('"'));
        names.Should().BeEquivalentTo(wireValues, $"{enumType.Name} spells exactly the values of {schemaName}");

        var unknown = JsonSerializer.Deserialize("\"a_value_from_the_future\"", typeInfo);
        Convert.ToInt32(unknown, System.Globalization.CultureInfo.InvariantCulture).Should().Be(0, "an unknown value reads as Unknown instead of failing");
    }

    private static bool AllowsNull(JsonNode propertySchema) =>
        propertySchema["type"] is JsonArray types && types.Any(type => type!.GetValue<string>() == "null");

    private static bool IsNullable(JsonPropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null || (!property.PropertyType.IsValueType && property.IsGetNullable);
}
