namespace WISPGate.Sdk.Tests.DriftGuard;

/// <summary>
/// Every operation of the contract is an SDK method and every SDK method names an operation of the
/// contract (through its <see cref="WispGateOperationAttribute"/>), with the contract's HTTP method and route.
/// </summary>
public sealed class OperationCoverageTests
{
    /// <summary>The API gateway's own pages: served by every WISPGate deployment, not part of the SDK.</summary>
    private static readonly IReadOnlySet<string> s_notSdkOperations = new HashSet<string>(StringComparer.Ordinal)
    {
        "getHealth",            // GET /health
        "getOpenApiDocument",   // GET /api/v1/openapi.json
        "getDocsLanding",       // GET /docs
        "getDocsOperationPage", // GET /docs/operations/{operation_id}
    };

    [Fact]
    public void Every_contract_operation_has_an_sdk_method()
    {
        var covered = SdkSurface.Methods.Select(method => method.OperationId).ToHashSet(StringComparer.Ordinal);

        var missing = OpenApiContract.Operations
            .Where(operation => !s_notSdkOperations.Contains(operation.OperationId))
            .Where(operation => !covered.Contains(operation.OperationId))
            .Select(operation => $"{operation.OperationId} ({operation.Method} {operation.Path})");

        missing.Should().BeEmpty("every operation under /api/v1 and the LibreQoS export is a method of an area on IWispGateClient");
    }

    [Fact]
    public void Every_sdk_method_names_a_contract_operation()
    {
        var operationIds = OpenApiContract.Operations.Select(operation => operation.OperationId).ToHashSet(StringComparer.Ordinal);

        SdkSurface.Methods.Where(method => method.OperationId is null).Select(method => method.ToString())
            .Should().BeEmpty("every public method of an area carries [WispGateOperation(\"operationId\")]");
        SdkSurface.Methods.Where(method => method.OperationId is not null && !operationIds.Contains(method.OperationId))
            .Select(method => $"{method} → {method.OperationId}")
            .Should().BeEmpty("an SDK method must call an operation the contract has");
        SdkSurface.Methods.Where(method => s_notSdkOperations.Contains(method.OperationId!)).Select(method => method.ToString())
            .Should().BeEmpty("the gateway's own pages are not SDK methods");
    }

    [Fact]
    public void Every_sdk_method_declares_the_contract_method_and_route_of_its_operation()
    {
        // The declaration is what the source generator builds the request from: a wrong route is a wrong call.
        var contract = OpenApiContract.Operations.ToDictionary(operation => operation.OperationId, StringComparer.Ordinal);

        SdkSurface.Methods
            .Where(method => method.Operation is { } declared && contract.TryGetValue(declared.OperationId, out var operation)
                && (declared.Method != operation.Method || declared.Route != operation.Path))
            .Select(method => $"{method} declares {method.Operation!.Method} {method.Operation.Route}, the contract says " +
                $"{contract[method.OperationId!].Method} {contract[method.OperationId!].Path}")
            .Should().BeEmpty("[WispGateOperation(id, method, route)] repeats the contract's method and path template exactly");
    }

    [Fact]
    public void An_operation_is_one_method_or_a_list_pair()
    {
        foreach (var group in SdkSurface.Methods.GroupBy(method => method.OperationId))
        {
            var names = group.Select(method => method.Method.Name).Order(StringComparer.Ordinal).ToList();
            if (names.Count > 1)
            {
                group.Select(method => method.Area).Distinct().Should().ContainSingle($"{group.Key} belongs to one area");
                names.Should().HaveCount(2, $"{group.Key} is one method, or a ListXxxAsync / ListAllXxxAsync pair")
                    .And.Satisfy(
                        name => name.StartsWith("ListAll", StringComparison.Ordinal),
                        name => name.StartsWith("List", StringComparison.Ordinal) && !name.StartsWith("ListAll", StringComparison.Ordinal));
            }
        }
    }
}
