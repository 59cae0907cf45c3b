using WISPGate.IntegrationTests.Infrastructure;
using WISPGate.MockServer.Tests.Infrastructure;

namespace WISPGate.IntegrationTests.Conformance;

/// <summary>
/// One server, every domain walk in turn: the validator's own record must then hold every operation of the contract
/// (the gateway's unauthenticated pages excepted, which the SDK does not wrap), each answer valid against its schema.
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

        var contractOperations = ContractCheck.Root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.ValueKind == System.Text.Json.JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
            .Select(operation => operation.Value.GetProperty("operationId").GetString()!)
            .Except(GatewayOperations)
            .ToList();
        contractOperations.Should().HaveCountGreaterThan(80);
        contractOperations.Except(harness.Validator.SeenOperations.Keys).Should().BeEmpty("the tour calls every operation through the SDK");
        harness.Validator.SeenOperations.Keys.Should().NotContain(id => id.Contains("(no operation)"), "every request the SDK sent matches a contract operation");
    }
}
