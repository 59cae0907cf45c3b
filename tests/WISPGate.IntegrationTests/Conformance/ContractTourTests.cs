using WISPGate.IntegrationTests.Infrastructure;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>
/// One server, every domain walk in turn: the validator's own record must then hold every operation of the contract
/// (the gateway's unauthenticated pages, which the SDK does not wrap, by plain HTTP), each answer valid against its schema.
/// </summary>
public sealed class ContractTourTests
{
    private static readonly string[] GatewayOperations = ["getHealth", "getOpenApiDocument", "getDocsLanding", "getDocsOperationPage"];

    [Fact]
    public async Task A_tour_through_the_SDK_reaches_every_operation_of_the_contract()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await SdkAgainstMock.StartAsync();

        await SubscribersConformanceTests.WalkAsync(harness, ct);
        await BillingConformanceTests.WalkAsync(harness, ct);
        await ProvisioningConformanceTests.WalkAsync(harness, ct);
        await SupportConformanceTests.WalkAsync(harness, ct);
        await WebhooksConformanceTests.WalkAsync(harness, ct);
        await WorkflowsConformanceTests.WalkAsync(harness, ct);
        await IdentityConformanceTests.WalkAsync(harness, ct);
        await CallGatewayAsync(harness, ct);

        var contractOperations = ContractFile.Root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.ValueKind == System.Text.Json.JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
            .Select(operation => operation.Value.GetProperty("operationId").GetString()!)
            .ToList();
        contractOperations.Should().HaveCountGreaterThan(80).And.Contain(GatewayOperations);
        contractOperations.Except(harness.Validator.SeenOperations.Keys).Should().BeEmpty("the tour calls every operation, the gateway's through plain HTTP and the rest through the SDK");
        harness.Validator.SeenOperations.Keys.Should().NotContain(id => id.Contains("(no operation)"), "every request the SDK sent matches a contract operation");
    }

    /// <summary>The gateway's public pages are not SDK calls: plain HTTP, still through the validator.</summary>
    private static async Task CallGatewayAsync(SdkAgainstMock harness, CancellationToken ct)
    {
        using var http = new HttpClient(new ContractValidator.Handler(harness.Validator) { InnerHandler = new HttpClientHandler() }) { BaseAddress = new Uri(harness.Server.BaseUrl) };
        foreach (var path in new[] { "/health", "/api/v1/openapi.json", "/docs", "/docs/operations/createSubscriber" })
        {
            using var response = await http.GetAsync(path, ct);
            response.IsSuccessStatusCode.Should().BeTrue($"GET {path} is public");
        }
    }
}
