namespace WISPGate.Contract.Tests;

/// <summary>The document holds exactly the catalog of the design: every operation, nothing unlisted.</summary>
public sealed class CatalogTests
{
    /// <summary>Operations the document may hold beyond the catalog (none today; list them here with a reason).</summary>
    private static readonly IReadOnlyList<string> AllowedExtraOperations = [];

    public static TheoryData<string> OperationIds => new(CatalogOperations.All.Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Catalog_operation_is_in_the_document_with_its_method_path_and_single_tag(string operationId)
    {
        var expected = CatalogOperations.All.Single(o => o.OperationId == operationId);

        var matches = ContractDocument.Operations().Where(o => o.Operation.OperationId == operationId).ToList();

        matches.Should().ContainSingle($"{operationId} is in the catalog");
        var (method, path, operation) = matches[0];
        method.Should().Be(expected.Method);
        path.Should().Be(expected.Path);
        operation.Tags.Should().NotBeNull();
        operation.Tags!.Select(t => t.Name).Should().Equal([expected.Tag], "one tag per domain");
    }

    [Fact]
    public void The_document_has_no_operations_beyond_the_catalog()
    {
        var catalog = CatalogOperations.All.Select(o => o.OperationId).ToHashSet();

        var extras = ContractDocument.Operations()
            .Select(o => o.Operation.OperationId ?? $"{o.Method} {o.Path} (no operationId)")
            .Where(id => !catalog.Contains(id));

        extras.Should().BeEquivalentTo(AllowedExtraOperations);
    }

    [Fact]
    public void OperationIds_are_unique_across_paths_and_webhooks()
    {
        var fromPaths = ContractDocument.Operations().Select(o => o.Operation.OperationId);
        var fromWebhooks = (ContractDocument.Model.Webhooks ?? new Dictionary<string, Microsoft.OpenApi.IOpenApiPathItem>())
            .SelectMany(w => w.Value.Operations ?? []).Select(o => o.Value.OperationId);

        fromPaths.Concat(fromWebhooks).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_tag_of_the_catalog_is_defined_with_a_description()
    {
        var tags = ContractDocument.Model.Tags ?? new HashSet<Microsoft.OpenApi.OpenApiTag>();

        tags.Select(t => t.Name).Should().BeEquivalentTo(
            [CatalogOperations.Gateway, CatalogOperations.Subscribers, CatalogOperations.Billing, CatalogOperations.Provisioning, CatalogOperations.Support]);
        tags.Should().OnlyContain(t => !string.IsNullOrWhiteSpace(t.Description));
    }
}
