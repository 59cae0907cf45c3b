using System.Text.Json.Nodes;

namespace WISPGate.Contract.Tests;

/// <summary>The seed's create-subscriber bodies are binding: they are the examples of POST /api/v1/subscribers, verbatim.</summary>
public sealed class SeedExampleTests
{
    // Copied from the seed's inner page (../shared/seed/), unchanged.
    private const string SeedRequest = """
        { "external_id": "crm-23991", "full_name": "Jane Doe", "email": "jane@example.com", "phone": "+15550001234", "status": "prospect", "billing_profile_id": "bp_001", "address": { "line1": "101 Fiber Street", "city": "Austin", "state": "TX", "postal_code": "78701" }, "metadata": { "source": "website_signup", "campaign": "spring_launch" } }
        """;

    private const string SeedSuccess = """
        { "success": true, "data": { "id": "sub_000184", "external_id": "crm-23991", "full_name": "Jane Doe", "status": "prospect", "billing_profile_id": "bp_001", "created_at": "2026-04-13T10:21:00Z" }, "meta": { "request_id": "req_92aa7d", "api_version": "v1" } }
        """;

    private const string SeedError = """
        { "success": false, "error": { "code": "duplicate_subscriber", "message": "A subscriber with the provided external_id already exists.", "field": "external_id" }, "meta": { "request_id": "req_19ba22", "api_version": "v1" } }
        """;

    private static JsonObject CreateSubscriber => ContractDocument.RawOperation("createSubscriber");

    private static IEnumerable<JsonNode?> ExampleValues(JsonNode mediaType) =>
        mediaType["examples"]!.AsObject().Select(e => e.Value!["value"]);

    [Fact]
    public void The_seed_request_is_the_request_example()
    {
        var media = CreateSubscriber["requestBody"]!["content"]!["application/json"]!;

        ExampleValues(media).Should().Contain(v => ContractDocument.JsonEquals(v, JsonNode.Parse(SeedRequest)));
    }

    [Fact]
    public void The_seed_success_body_is_the_201_example_plus_the_required_updated_at()
    {
        var media = CreateSubscriber["responses"]!["201"]!["content"]!["application/json"]!;
        var seed = JsonNode.Parse(SeedSuccess)!;

        // Subscriber.updated_at became required (the server always sends it, like on every other resource): the example
        // is the seed's body, verbatim and in its member order, with updated_at added right after created_at.
        var example = ExampleValues(media).Single(v => v!["data"]!["id"]!.GetValue<string>() == "sub_000184")!;
        example["data"]!["updated_at"]!.GetValue<string>().Should().Be(seed["data"]!["created_at"]!.GetValue<string>());
        var withoutUpdatedAt = example.DeepClone();
        withoutUpdatedAt["data"]!.AsObject().Remove("updated_at");
        withoutUpdatedAt.ToJsonString().Should().Be(seed.ToJsonString(), "every member of the seed's body is there, verbatim and in order");
    }

    [Fact]
    public void The_seed_error_body_is_the_409_duplicate_subscriber_example()
    {
        var media = ContractDocument.Deref(CreateSubscriber["responses"]!["409"]!)["content"]!["application/json"]!;

        ExampleValues(media).Should().Contain(v => ContractDocument.JsonEquals(v, JsonNode.Parse(SeedError)));
    }

    [Fact]
    public void The_seed_texts_keep_their_member_order_in_the_document()
    {
        var request = CreateSubscriber["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject()
            .Select(e => e.Value!["value"]!).First(v => ContractDocument.JsonEquals(v, JsonNode.Parse(SeedRequest)));

        request.ToJsonString().Should().Be(JsonNode.Parse(SeedRequest)!.ToJsonString());
    }
}
