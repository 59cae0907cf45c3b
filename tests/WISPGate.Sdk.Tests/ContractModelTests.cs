using System.Text.Json.Nodes;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Sdk.Tests;

/// <summary>
/// The models of the SDK core and the Subscribers &amp; CRM area against the contract's component
/// schemas: the same JSON property names both ways, the same required properties, the same enum values.
/// </summary>
public sealed class ContractModelTests
{
    private static readonly JsonObject s_schemas = LoadSchemas();

    public static TheoryData<string, Type> PublicModels => new()
    {
        { "Subscriber", typeof(Subscriber) },
        { "Address", typeof(Address) },
        { "Contact", typeof(Contact) },
        { "SubscriberBalance", typeof(SubscriberBalance) },
        { "Service", typeof(Service) },
        { "Money", typeof(Money) },
        { "CreateSubscriberRequest", typeof(CreateSubscriberRequest) },
        { "UpdateSubscriberRequest", typeof(UpdateSubscriberRequest) },
        { "SuspendSubscriberRequest", typeof(SuspendSubscriberRequest) },
        { "CancelSubscriberRequest", typeof(CancelSubscriberRequest) },
        { "CreateContactRequest", typeof(CreateContactRequest) },
        { "CreateServiceRequest", typeof(CreateServiceRequest) },
        { "UpdateServiceRequest", typeof(UpdateServiceRequest) },
        { "ApiError", typeof(ApiError) },
        { "ErrorDetail", typeof(ErrorDetail) },
    };

    public static TheoryData<string, Type> EnvelopeParts => new()
    {
        { "ErrorResponse", typeof(ErrorResponse) },
        { "ResponseMeta", typeof(ResponseMeta) },
        { "ListMeta", typeof(ListMeta) },
        { "Pagination", typeof(Pagination) },
        { "SubscriberResponse", typeof(ApiEnvelope<Subscriber>) },
        { "SubscriberListResponse", typeof(ListEnvelope<Subscriber>) },
    };

    [Theory]
    [MemberData(nameof(PublicModels))]
    public void Public_models_have_the_schemas_properties_and_required_properties(string schemaName, Type model)
    {
        var schema = s_schemas[schemaName]!.AsObject();
        var typeInfo = WispGateJson.Options.GetTypeInfo(model);

        typeInfo.Properties.Select(property => property.Name).Should().BeEquivalentTo(PropertyNames(schema), schemaName);
        typeInfo.Properties.Where(property => property.IsRequired).Select(property => property.Name)
            .Should().BeEquivalentTo(RequiredNames(schema), $"{schemaName} requires the same properties");
    }

    [Theory]
    [MemberData(nameof(EnvelopeParts))]
    public void Envelope_types_have_the_schemas_properties(string schemaName, Type model)
    {
        WispGateJson.Options.GetTypeInfo(model).Properties.Select(property => property.Name)
            .Should().BeEquivalentTo(PropertyNames(s_schemas[schemaName]!.AsObject()), schemaName);
    }

    [Theory]
    [InlineData("SubscriberStatus", typeof(SubscriberStatus))]
    [InlineData("ContactRole", typeof(ContactRole))]
    [InlineData("ServiceStatus", typeof(ServiceStatus))]
    public void Enums_spell_exactly_the_schemas_values(string schemaName, Type enumType)
    {
        var values = s_schemas[schemaName]!["enum"]!.AsArray().Select(value => value!.GetValue<string>());
        var names = Enum.GetValues(enumType).Cast<object>()
            .Where(value => (int)value != 0)
            .Select(value => System.Text.Json.JsonSerializer.Serialize(value, WispGateJson.Options.GetTypeInfo(enumType)).Trim('"'));

        names.Should().BeEquivalentTo(values);
    }

    private static IEnumerable<string> PropertyNames(JsonObject schema) =>
        schema["properties"]?.AsObject().Select(property => property.Key) ?? [];

    private static IEnumerable<string> RequiredNames(JsonObject schema) =>
        schema["required"]?.AsArray().Select(name => name!.GetValue<string>()) ?? [];

    private static JsonObject LoadSchemas()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "wispgate-v1.openapi.json");
        return JsonNode.Parse(File.ReadAllText(path))!["components"]!["schemas"]!.AsObject();
    }
}
