using System.Text.Json;
using System.Text.Json.Nodes;
using WISPGate.Sdk.Serialization;
using WISPGate.Sdk.Tests.Infrastructure;

namespace WISPGate.Sdk.Tests.DriftGuard;

/// <summary>
/// The contract's examples through the SDK's own types: each operation's success example reads into
/// what the SDK method returns and writes back to the same JSON (nothing lost, no enum read as
/// <c>Unknown</c>); each request example reads into the SDK's request model and writes back to the
/// documented shape, so what the SDK sends is what the contract documents.
/// </summary>
public sealed class ExampleRoundTripTests
{
    private static readonly IReadOnlyList<string> s_responseOperations = OperationIdsOf(method => method.EnvelopeType is not null);
    private static readonly IReadOnlyList<string> s_requestOperations = OperationIdsOf(method => method.RequestBodyType is not null);

    public static TheoryData<string> ResponseOperations => new(s_responseOperations);

    public static TheoryData<string> RequestOperations => new(s_requestOperations);

    [Theory]
    [MemberData(nameof(ResponseOperations))]
    public void The_success_example_reads_into_the_return_type_and_writes_back_unchanged(string operationId)
    {
        var method = SdkSurface.Methods.First(candidate => candidate.OperationId == operationId && candidate.EnvelopeType is not null);
        var (_, example, _) = OpenApiContract.Operation(operationId).Success;
        example.Should().NotBeNull($"{operationId} documents its success answer with an example");

        // Most answers are envelopes; the LibreQoS export answers a bare array, read straight into the data type.
        var enveloped = example is JsonObject answer && answer.ContainsKey("success");
        RoundTrip(example!, enveloped ? method.EnvelopeType! : method.DataType!, operationId);
    }

    [Theory]
    [MemberData(nameof(RequestOperations))]
    public void The_request_example_reads_into_the_request_model_and_writes_back_unchanged(string operationId)
    {
        var method = SdkSurface.Methods.Single(candidate => candidate.OperationId == operationId);
        var (example, schema) = OpenApiContract.Operation(operationId).JsonRequest;
        example.Should().NotBeNull($"{operationId} documents its JSON request body with an example");
        OpenApiContract.SchemaName(schema).Should().Be(method.RequestBodyType!.Name, $"{method} sends the contract's request schema");

        RoundTrip(example!, method.RequestBodyType!, operationId);
    }

    [Fact]
    public void Every_operation_with_a_json_answer_or_body_is_checked()
    {
        foreach (var operationId in SdkSurface.Methods.Select(method => method.OperationId!).Distinct())
        {
            var operation = OpenApiContract.Operation(operationId);
            if (operation.Success.Example is not null)
            {
                s_responseOperations.Should().Contain(operationId, "its documented answer must go through the round trip");
            }

            if (operation.JsonRequest.Example is not null)
            {
                s_requestOperations.Should().Contain(operationId, "its documented request body must have an SDK request model");
            }
        }
    }

    private static List<string> OperationIdsOf(Func<SdkMethod, bool> predicate) =>
        SdkSurface.Methods.Where(predicate).Select(method => method.OperationId!).Distinct().Order(StringComparer.Ordinal).ToList();

    private static void RoundTrip(JsonNode example, Type type, string operationId)
    {
        var typeInfo = WispGateJson.Options.GetTypeInfo(type);
        var model = JsonSerializer.Deserialize(example.ToJsonString(), typeInfo);
        model.Should().NotBeNull();

        // An enum value the SDK does not know would be kept raw and written back unchanged, so look for Unknown members.
        UnknownEnumValues(model!, "$").Should().BeEmpty($"{operationId}: every enum value of the example is one {type.Name} knows");
        var written = JsonNode.Parse(JsonSerializer.Serialize(model, typeInfo));
        JsonShape.Difference(example, written).Should().BeNull($"{operationId}: {type.Name} must keep every documented field");
    }

    /// <summary>The paths of enum members read as <c>Unknown</c> (0) in a model graph of the SDK.</summary>
    private static List<string> UnknownEnumValues(object value, string path)
    {
        var found = new List<string>();
        var type = value.GetType();
        if (type.IsEnum)
        {
            if (Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                found.Add(path);
            }
        }
        else if (value is System.Collections.IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is not null)
                {
                    found.AddRange(UnknownEnumValues(item is KeyValuePair<string, object?> pair ? pair.Value ?? string.Empty : item, $"{path}[{index}]"));
                }

                index++;
            }
        }
        else if (type.Assembly == typeof(IWispGateClient).Assembly)
        {
            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetValue(value) is { } child)
                {
                    found.AddRange(UnknownEnumValues(child, $"{path}.{property.Name}"));
                }
            }
        }

        return found;
    }
}
