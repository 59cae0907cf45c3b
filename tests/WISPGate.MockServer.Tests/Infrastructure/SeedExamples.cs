namespace WISPGate.MockServer.Tests.Infrastructure;

/// <summary>The request, response and error examples of the original API reference design, verbatim.</summary>
public static class SeedExamples
{
    /// <summary>The create-subscriber request body.</summary>
    public const string CreateSubscriberRequest = """{ "external_id": "crm-23991", "full_name": "Jane Doe", "email": "jane@example.com", "phone": "+15550001234", "status": "prospect", "billing_profile_id": "bp_001", "address": { "line1": "101 Fiber Street", "city": "Austin", "state": "TX", "postal_code": "78701" }, "metadata": { "source": "website_signup", "campaign": "spring_launch" } }""";

    /// <summary>The success response example.</summary>
    public const string CreateSubscriberResponse = """{ "success": true, "data": { "id": "sub_000184", "external_id": "crm-23991", "full_name": "Jane Doe", "status": "prospect", "billing_profile_id": "bp_001", "created_at": "2026-04-13T10:21:00Z" }, "meta": { "request_id": "req_92aa7d", "api_version": "v1" } }""";

    /// <summary>The error response example.</summary>
    public const string DuplicateSubscriberError = """{ "success": false, "error": { "code": "duplicate_subscriber", "message": "A subscriber with the provided external_id already exists.", "field": "external_id" }, "meta": { "request_id": "req_19ba22", "api_version": "v1" } }""";

    /// <summary>The headers of the example, as a dictionary (the token is the demo token).</summary>
    public static IReadOnlyDictionary<string, string> Headers(string idempotencyKey) => new Dictionary<string, string>
    {
        ["Accept"] = "application/json",
        ["X-Idempotency-Key"] = idempotencyKey,
        ["X-Tenant-ID"] = "tenant_demo_001",
    };
}
