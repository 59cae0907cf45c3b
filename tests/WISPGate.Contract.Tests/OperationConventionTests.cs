using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WISPGate.Contract.Tests;

/// <summary>Every catalog operation follows the conventions of the design (one theory case per operation).</summary>
public sealed partial class OperationConventionTests
{
    public static TheoryData<string> OperationIds => new(CatalogOperations.All.Select(o => o.OperationId));

    /// <summary>Every operation declares error responses: at least the transport-level ones (ContractRules.TransportStatuses).</summary>
    public static TheoryData<string> OperationsWithErrors => new(CatalogOperations.All.Where(o => ExpectedErrors(o.OperationId).Count > 0).Select(o => o.OperationId));

    public static TheoryData<string> Creates => new(CatalogOperations.All.Where(o => ContractRules.Creates.Contains(o.OperationId)).Select(o => o.OperationId));

    public static TheoryData<string> ApiPosts => new(CatalogOperations.All.Where(o => o.Method == "POST" && ContractRules.IsApi(o.Path)).Select(o => o.OperationId));

    public static TheoryData<string> Lists => new(CatalogOperations.All.Where(o => o.OperationId.StartsWith("list", StringComparison.Ordinal)).Select(o => o.OperationId));

    public static TheoryData<string> CreatesAndUpdatesWithBodies => new(CatalogOperations.All
        .Where(o => (o.OperationId.StartsWith("create", StringComparison.Ordinal) || o.OperationId.StartsWith("update", StringComparison.Ordinal))
            && ContractDocument.RawOperation(o.OperationId)["requestBody"] is not null)
        .Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(CreatesAndUpdatesWithBodies))]
    public void Every_create_and_update_operation_has_field_notes(string operationId)
    {
        var notes = ContractDocument.RawOperation(operationId)["x-field-notes"];

        notes.Should().NotBeNull($"{operationId}'s reference page explains how its fields behave (x-field-notes)");
        notes!.AsArray().Select(n => n!.GetValue<string>()).Should().NotBeEmpty().And.OnlyContain(n => n.Trim().Length > 0);
    }

    [Fact]
    public void Field_and_response_notes_are_lists_of_strings_as_the_reference_pages_render_them()
    {
        var notes = CatalogOperations.All.SelectMany(o => new[] { "x-field-notes", "x-response-notes" }
            .Select(key => (Where: $"{o.OperationId}.{key}", Value: ContractDocument.RawOperation(o.OperationId)[key])))
            .Where(n => n.Value is not null)
            .ToList();

        notes.Should().NotBeEmpty();
        notes.Where(n => n.Value is not JsonArray array || array.Any(item => item is not JsonValue value || !value.TryGetValue<string>(out _)))
            .Select(n => n.Where).Should().BeEmpty("the pages list an array of strings; a plain string would not be shown");
    }

    public static TheoryData<string> OperationsWithRequestBodies => new(CatalogOperations.All.Where(o => ContractDocument.RawOperation(o.OperationId)["requestBody"] is not null).Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_has_a_summary_and_a_description(string operationId)
    {
        var (_, _, operation) = ContractDocument.Operation(operationId);

        operation.Summary.Should().NotBeNullOrWhiteSpace();
        operation.Description.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_declares_its_success_response_with_a_schema_and_an_example(string operationId)
    {
        var (method, _, operation) = ContractDocument.Operation(operationId);
        var status = ContractRules.SuccessStatus(method, operationId);

        operation.Responses.Should().ContainKey(status);
        operation.Responses!.Keys.Where(k => k.StartsWith('2')).Should().Equal([status], "one success status per operation");
        var success = operation.Responses[status];
        if (status == "204")
        {
            (success.Content ?? new Dictionary<string, Microsoft.OpenApi.IOpenApiMediaType>()).Should().BeEmpty("204 has no body");
            return;
        }

        success.Content.Should().NotBeNullOrEmpty();
        success.Content!.Values.Should().OnlyContain(m => m.Schema != null && m.Examples != null && m.Examples.Count > 0);
    }

    [Theory]
    [MemberData(nameof(OperationsWithErrors))]
    public void Operation_declares_the_error_responses_that_apply_each_with_the_error_schema(string operationId)
    {
        var (_, _, operation) = ContractDocument.Operation(operationId);

        operation.Responses!.Keys.Should().Contain(ExpectedErrors(operationId));
        foreach (var (status, response) in operation.Responses.Where(r => r.Key[0] is '4' or '5'))
        {
            var schema = response.Content?["application/json"].Schema;
            schema.Should().NotBeNull($"{status} has a body");
            var raw = ContractDocument.Deref(ContractDocument.RawOperation(operationId)["responses"]![status]!);
            raw["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
                .Should().Be("#/components/schemas/ErrorResponse", $"{status} uses the error envelope");
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_takes_the_tenant_request_id_and_idempotency_headers(string operationId)
    {
        var (method, path, _) = ContractDocument.Operation(operationId);
        var parameters = RawParameters(operationId);

        if (ContractRules.IsAuthenticated(path))
        {
            parameters.Should().Contain("#/components/parameters/TenantId").And.Contain("#/components/parameters/RequestId");
        }

        if (ContractRules.IsApi(path) && method == "POST")
        {
            parameters.Should().Contain("#/components/parameters/IdempotencyKey");
        }
        else
        {
            parameters.Should().NotContain("#/components/parameters/IdempotencyKey", "only POSTs are idempotent by key");
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_declares_its_path_parameters(string operationId)
    {
        var (_, path, operation) = ContractDocument.Operation(operationId);

        var inPath = PathParameter().Matches(path).Select(m => m.Groups[1].Value);
        var declared = (operation.Parameters ?? []).Where(p => p.In == Microsoft.OpenApi.ParameterLocation.Path).ToList();

        declared.Select(p => p.Name).Should().BeEquivalentTo(inPath);
        declared.Where(p => !p.Required).Should().BeEmpty("path parameters are required");
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_declares_its_security(string operationId)
    {
        var (_, path, _) = ContractDocument.Operation(operationId);
        var security = ContractDocument.RawOperation(operationId)["security"]!.AsArray();

        var expected = !ContractRules.IsApi(path) ? new JsonArray()
            : ContractRules.AdminOperations.Contains(operationId) ? JsonNode.Parse("""[{"bearerAuth": ["admin"]}]""")
            : JsonNode.Parse("""[{"bearerAuth": []}]""");
        ContractDocument.JsonEquals(security, expected).Should().BeTrue($"security is {security.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Every_response_declares_the_request_id_and_rate_limit_headers(string operationId)
    {
        var (_, path, _) = ContractDocument.Operation(operationId);

        foreach (var (status, node) in ContractDocument.RawOperation(operationId)["responses"]!.AsObject())
        {
            var headers = ContractDocument.Deref(node!)["headers"]?.AsObject().Select(h => h.Key).ToList() ?? [];
            headers.Should().Contain("X-Request-ID", $"the {status} response");
            if (ContractRules.IsAuthenticated(path))
            {
                headers.Should().Contain(["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"], $"the {status} response");
            }

            if (status == "429")
            {
                headers.Should().Contain("Retry-After");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Creates))]
    public void Creates_answer_201_with_Location(string operationId)
    {
        var responses = ContractDocument.RawOperation(operationId)["responses"]!.AsObject();

        responses.Where(r => r.Key.StartsWith('2')).Select(r => r.Key).Should().Equal("201");
        responses["201"]!["headers"]!.AsObject().Should().ContainKey("Location");
    }

    [Theory]
    [MemberData(nameof(ApiPosts))]
    public void Posts_may_be_replayed_and_say_so(string operationId)
    {
        var (method, _, _) = ContractDocument.Operation(operationId);
        var status = ContractRules.SuccessStatus(method, operationId);

        ContractDocument.RawOperation(operationId)["responses"]![status]!["headers"]!.AsObject().Should().ContainKey("X-Idempotent-Replayed");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Lists_take_limit_and_cursor_and_answer_a_list_envelope(string operationId)
    {
        RawParameters(operationId).Should().Contain(["#/components/parameters/Limit", "#/components/parameters/Cursor"]);
        ContractDocument.RawOperation(operationId)["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!
            .GetValue<string>().Should().EndWith("ListResponse");
    }

    [Theory]
    [MemberData(nameof(OperationsWithRequestBodies))]
    public void Request_bodies_reference_a_named_request_schema(string operationId)
    {
        var body = ContractDocument.RawOperation(operationId)["requestBody"]!;

        var content = body["content"]!.AsObject().Should().ContainSingle().Subject;
        content.Key.Should().BeOneOf("application/json", "application/x-www-form-urlencoded");
        var reference = content.Value!["schema"]!["$ref"]!.GetValue<string>();
        reference.Should().MatchRegex("^#/components/schemas/[A-Z][A-Za-z]+Request$");
        content.Value!["examples"]!.AsObject().Count.Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public void Operation_carries_the_reference_page_extensions(string operationId)
    {
        var operation = ContractDocument.RawOperation(operationId);

        foreach (var key in new[] { "x-purpose", "x-used-by", "x-critical-note" })
        {
            operation[key].Should().NotBeNull($"{key} is documented");
            operation[key]!["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            operation[key]!["text"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        }

        var related = operation["x-related"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        related.Should().NotBeEmpty().And.OnlyContain(id => CatalogOperations.All.Any(o => o.OperationId == id));
        var featured = ContractDocument.Raw["x-featured-operations"]!.AsArray().Select(n => n!.GetValue<string>());
        if (featured.Contains(operationId))
        {
            operation["x-field-notes"]!.AsArray().Should().NotBeEmpty();
        }
    }

    private static List<string> ExpectedErrors(string operationId)
    {
        var (method, path, operation) = ContractDocument.Operation(operationId);
        var hasBody = operation.RequestBody != null;
        var hasQuery = (operation.Parameters ?? []).Any(p => p.In == Microsoft.OpenApi.ParameterLocation.Query);
        return ContractRules.ExpectedErrorStatuses(method, path, hasBody, hasQuery).Distinct().ToList();
    }

    private static List<string> RawParameters(string operationId) =>
        (ContractDocument.RawOperation(operationId)["parameters"]?.AsArray() ?? [])
        .Select(p => p!["$ref"]?.GetValue<string>() ?? $"{p["in"]}:{p["name"]}")
        .ToList();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex PathParameter();
}
