using System.Text.Json.Nodes;

namespace WISPGate.Contract.Tests;

/// <summary>The document as a whole: loads cleanly, is OpenAPI 3.1, and documents the cross-cutting rules.</summary>
public sealed class DocumentTests(ITestOutputHelper output)
{
    [Fact]
    public void The_document_loads_with_Microsoft_OpenApi_without_errors()
    {
        var diagnostic = ContractDocument.ReadResult.Diagnostic;

        foreach (var warning in diagnostic?.Warnings ?? [])
        {
            output.WriteLine($"warning: {warning}");
        }

        ContractDocument.ReadResult.Document.Should().NotBeNull();
        (diagnostic?.Errors ?? []).Select(e => e.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void It_is_OpenAPI_3_1_with_JSON_Schema_2020_12()
    {
        ContractDocument.Raw["openapi"]!.GetValue<string>().Should().Be("3.1.0");
        ContractDocument.Raw["jsonSchemaDialect"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        ContractDocument.ReadResult.Diagnostic!.SpecificationVersion.Should().Be(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1);
    }

    [Fact]
    public void Info_covers_auth_environments_headers_rate_limits_pagination_envelope_and_versioning()
    {
        var info = ContractDocument.Model.Info;

        info.Title.Should().Be("WISPGate API");
        info.Version.Should().Be("v1");
        info.Description.Should().ContainAll(
            "## Authentication", "## Environments", "## Headers", "## Rate limits", "## Envelope", "## Pagination", "## Versioning",
            "X-Tenant-ID", "X-Request-ID", "X-Idempotency-Key", "RateLimit-Limit", "Retry-After");
    }

    [Fact]
    public void The_server_is_a_templated_base_url_defaulting_to_the_local_mock_server()
    {
        var server = ContractDocument.Model.Servers.Should().ContainSingle().Subject;

        server.Url.Should().Be("{baseUrl}");
        server.Variables!["baseUrl"].Default.Should().Be("http://127.0.0.1:5080");
    }

    [Fact]
    public void The_bearer_scheme_is_http_bearer()
    {
        var scheme = ContractDocument.Model.Components!.SecuritySchemes!["bearerAuth"];

        scheme.Type.Should().Be(Microsoft.OpenApi.SecuritySchemeType.Http);
        scheme.Scheme.Should().Be("bearer");
    }

    [Fact]
    public void The_featured_operations_of_the_seed_are_listed_and_exist()
    {
        var featured = ContractDocument.Raw["x-featured-operations"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        featured.Should().BeEquivalentTo(
            ["listSubscribers", "createSubscriber", "createInvoice", "getServicePackage", "createTicket", "reconcilePayments", "listEvents"]);
        featured.Should().OnlyContain(id => CatalogOperations.All.Any(o => o.OperationId == id));
    }

    [Fact]
    public void The_webhook_delivery_documents_the_signature_header_and_the_event_body()
    {
        var delivery = ContractDocument.Raw["webhooks"]!["event"]!["post"]!;

        var signature = delivery["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "X-WISPGate-Signature")!;
        signature["in"]!.GetValue<string>().Should().Be("header");
        signature["required"]!.GetValue<bool>().Should().BeTrue();
        delivery["description"]!.GetValue<string>().Should().ContainAll("HMAC-SHA256", "300 seconds", "constant time");
        delivery["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
            .Should().Be("#/components/schemas/Event");
    }

    [Fact]
    public void Every_ref_resolves()
    {
        var unresolved = new List<string>();
        Walk(ContractDocument.Raw, "#");

        unresolved.Should().BeEmpty();

        void Walk(JsonNode? node, string at)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "$ref" && value is JsonValue reference
                            && ContractDocument.Resolve(reference.GetValue<string>()) is null)
                        {
                            unresolved.Add($"{at}: {reference}");
                        }

                        Walk(value, $"{at}/{key}");
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], $"{at}/{i}");
                    }

                    break;
            }
        }
    }
}
