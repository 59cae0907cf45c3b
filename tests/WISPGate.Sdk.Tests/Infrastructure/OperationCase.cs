using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Tests.Infrastructure;

/// <summary>
/// One operation of an area: its route, the answer's envelope data (<see langword="null"/> = 204 without a body),
/// the SDK call (returning the call's <see cref="WispGateResponse"/>), the body it must send, and an optional extra
/// check of the typed data. Every case checks the typed data against the canned body field by field.
/// </summary>
public sealed record OperationCase(
    string OperationId,
    string Method,
    string Path,
    int Status,
    string? ResponseData,
    Func<IWispGateClient, Task<object>> Call,
    string? ExpectedBody,
    Action<object>? CheckResult = null)
{
    public override string ToString() => OperationId;
}

/// <summary>Runs <see cref="OperationCase"/>s against WireMock stubs and checks them against the catalog.</summary>
internal static class OperationCases
{
    /// <summary>Stubs the route, calls the SDK, and checks method, path, body, idempotency key, status, request id and result.</summary>
    public static async Task RunAsync(OperationCase operation)
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(operation.Path).UsingMethod(operation.Method))
            .RespondWith(operation.ResponseData is null
                ? Response.Create().WithStatusCode(operation.Status).WithHeader("X-Request-ID", "req_op")
                : Stubs.JsonResponse(operation.Status, Json.Envelope(operation.ResponseData, "req_op")));

        var result = await operation.Call(harness.Client);

        var request = harness.Requests.Single();
        ShouldBeTheCatalogOperation(request.Method, request.Path, operation.OperationId);
        if (operation.ExpectedBody is null)
        {
            request.Body.Should().BeNullOrEmpty();
        }
        else
        {
            JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(operation.ExpectedBody)).Should().BeTrue(request.Body);
        }

        request.Headers!.ContainsKey("X-Idempotency-Key").Should().Be(operation.Method == "POST", "every POST carries a key");

        // The response information of the call.
        var info = result.Should().BeAssignableTo<WispGateResponse>("every call returns its response information").Subject;
        info.RequestId.Should().Be("req_op");
        ((int)info.StatusCode).Should().Be(operation.Status);
        info.Attempts.Should().Be(1);
        info.IdempotentReplayed.Should().BeFalse();
        info.IdempotencyKey.Should().Be(
            operation.Method == "POST" ? request.Headers!["X-Idempotency-Key"].Single() : null, "the result reports the key that was sent");

        // The typed data: written back with the SDK's own JSON settings it must be the canned body, field by field
        // (ids, money, enums, dates, nulls); a field the SDK did not read would be missing or different.
        var dataProperty = result.GetType().GetProperty(nameof(WispGateResponse<object>.Data));
        if (operation.ResponseData is null)
        {
            dataProperty.Should().BeNull("a 204 has no data");
            operation.CheckResult.Should().BeNull("there is no data to check");
            return;
        }

        dataProperty.Should().NotBeNull("the answer has data");
        var data = dataProperty!.GetValue(result);
        var written = JsonNode.Parse(JsonSerializer.Serialize(data, WispGateJson.Options.GetTypeInfo(dataProperty.PropertyType)));
        JsonShape.Difference(JsonNode.Parse(operation.ResponseData), written).Should().BeNull($"{operation.OperationId}: the typed result is the canned body");
        operation.CheckResult?.Invoke(data!);
    }

    /// <summary>Stubs a two-page list and checks that <paramref name="listAll"/> reads both pages, following the cursor.</summary>
    public static async Task ListAllWalksPagesAsync(string path, string firstItem, string secondItem, Func<IWispGateClient, IAsyncEnumerable<object>> listAll)
    {
        using var harness = SdkHarness.Start();
        harness.Server.Given(Request.Create().WithPath(path).UsingGet().WithParam("cursor", "cur_2")).AtPriority(1)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([secondItem], null, hasMore: false, limit: 1)));
        harness.Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(2)
            .RespondWith(Stubs.JsonResponse(200, Json.ListEnvelope([firstItem], "cur_2", hasMore: true, limit: 1)));

        var items = new List<object>();
        await foreach (var item in listAll(harness.Client))
        {
            items.Add(item);
        }

        items.Should().HaveCount(2);
        var requests = harness.Requests;
        requests.Should().HaveCount(2);
        requests[0].Query!.Should().NotContainKey("cursor");
        requests[0].Query!["limit"].Should().Equal("1");
        requests[1].Query!["cursor"].Should().Equal("cur_2");
        requests[1].Query!["limit"].Should().Equal(new[] { "1" }, "every page keeps the options");
        requests.Should().OnlyContain(request => request.Path == path);
    }

    /// <summary>The operationIds named by the <see cref="WispGateOperationAttribute"/>s of the given interfaces.</summary>
    public static List<string?> OperationIdsOf(params Type[] interfaces) =>
        interfaces.SelectMany(type => type.GetMethods())
            .Select(method => method.GetCustomAttribute<WispGateOperationAttribute>()?.OperationId)
            .ToList();

    public static void ShouldBeTheCatalogOperation(string method, string path, string operationId)
    {
        var operation = CatalogOperations.All.Single(candidate => candidate.OperationId == operationId);
        method.Should().Be(operation.Method, operationId);
        var pattern = "^" + Regex.Replace(operation.Path, @"\{[^}]+\}", "[^/]+") + "$";
        path.Should().MatchRegex(pattern, operationId);
    }
}
