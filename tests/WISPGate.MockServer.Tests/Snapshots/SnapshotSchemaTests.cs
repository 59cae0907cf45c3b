using System.Text.Json.Nodes;
using Json.Schema;
using WISPGate.MockServer.Hosting;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Tests.Snapshots;

/// <summary>
/// <c>wispgate-mock-state.schema.json</c> documents the format: it validates an export and the demo seed (which points
/// to it with <c>$schema</c>), refuses another version, and names every collection the server stores; every entity type
/// the server stores is a state collection.
/// </summary>
public sealed class SnapshotSchemaTests
{
    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = typeof(WispGateMockServer).Assembly.GetManifestResourceStream("WISPGate.MockServer.Snapshots.wispgate-mock-state.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SchemaText.Value));

    [Fact]
    public async Task The_schema_validates_an_export_with_secrets_idempotency_records_and_logs()
    {
        await using var server = await MockServers.StartAsync();
        using var api = new ApiClient(server);
        await api.PostAsync("/api/v1/webhook-endpoints", new { url = "http://127.0.0.1:9/hooks", events = new[] { "*" } }, Keys.Idempotency("schema-1"));
        await api.PostAsync("/api/v1/tickets", new { subject = "Schema", description = "Checked." });

        var snapshot = JsonNode.Parse(await StateAdmin.ExportAsync(server))!;
        var tenantSnapshot = JsonNode.Parse(await StateAdmin.ExportAsync(server, server.DemoTokens.Tenant))!;

        snapshot["tenants"]![0]!["idempotency_records"]!.AsArray().Should().NotBeEmpty();
        snapshot["tenants"]![0]!["events"]!.AsArray().Should().NotBeEmpty();
        Problems(snapshot).Should().BeEmpty();
        Problems(tenantSnapshot).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_validates_the_demo_seed_which_refers_to_it()
    {
        using var stream = typeof(WispGateMockServer).Assembly.GetManifestResourceStream("WISPGate.MockServer.Seed.demo-seed.json")!;
        var seed = JsonNode.Parse(stream)!;

        seed["$schema"]!.GetValue<string>().Should().Be("../Snapshots/wispgate-mock-state.schema.json");
        Problems(seed).Should().BeEmpty();
    }

    [Fact]
    public async Task The_schema_refuses_another_version()
    {
        await using var server = await MockServers.StartAsync();
        var snapshot = JsonNode.Parse(await StateAdmin.ExportAsync(server))!;
        snapshot["version"] = 2;

        Problems(snapshot).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Every_stored_entity_type_is_a_state_collection_and_the_schema_names_each()
    {
        await using var runtime = new MockRuntime(new WispGateMockServerOptions());
        var declared = runtime.Registry.StateCollections.Values.Select(c => c.EntityType).ToList();
        var entityTypes = typeof(WispGateMockServer).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEntity).IsAssignableFrom(t) && t != typeof(ApiKey))
            .ToList();
        var schemaCollections = JsonNode.Parse(SchemaText.Value)!["$defs"]!["tenant"]!["properties"]!.AsObject().Select(p => p.Key).ToList();

        declared.Should().BeEquivalentTo(entityTypes, "a type that is not declared would be lost by a snapshot");
        schemaCollections.Should().Contain(runtime.Registry.StateCollections.Keys);
    }

    private static List<string> Problems(JsonNode document)
    {
        using var instance = JsonDocument.Parse(document.ToJsonString());
        var result = Schema.Value.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
                .DefaultIfEmpty("The document does not match the schema.")
                .ToList();
    }
}
