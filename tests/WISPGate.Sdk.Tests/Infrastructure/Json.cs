namespace WISPGate.Sdk.Tests.Infrastructure;

/// <summary>API bodies in the shapes of the v1 contract (envelopes verbatim from the seed design).</summary>
internal static class Json
{
    /// <summary>The seed's create-subscriber response data, verbatim.</summary>
    public const string SeedSubscriber =
        """{ "id": "sub_000184", "external_id": "crm-23991", "full_name": "Jane Doe", "status": "prospect", "billing_profile_id": "bp_001", "created_at": "2026-04-13T10:21:00Z" }""";

    /// <summary>The seed's create-subscriber request, verbatim.</summary>
    public const string SeedCreateRequest =
        """{ "external_id": "crm-23991", "full_name": "Jane Doe", "email": "jane@example.com", "phone": "+15550001234", "status": "prospect", "billing_profile_id": "bp_001", "address": { "line1": "101 Fiber Street", "city": "Austin", "state": "TX", "postal_code": "78701" }, "metadata": { "source": "website_signup", "campaign": "spring_launch" } }""";

    /// <summary>The seed's error response, verbatim.</summary>
    public const string SeedDuplicateError =
        """{ "success": false, "error": { "code": "duplicate_subscriber", "message": "A subscriber with the provided external_id already exists.", "field": "external_id" }, "meta": { "request_id": "req_19ba22", "api_version": "v1" } }""";

    public static string Envelope(string data, string requestId = "req_92aa7d") =>
        $$"""{ "success": true, "data": {{data}}, "meta": { "request_id": "{{requestId}}", "api_version": "v1" } }""";

    public static string ListEnvelope(IEnumerable<string> items, string? nextCursor, bool hasMore, int limit = 25, string requestId = "req_list") =>
        $$"""{ "success": true, "data": [{{string.Join(", ", items)}}], "meta": { "request_id": "{{requestId}}", "api_version": "v1", "pagination": { "limit": {{limit}}, "next_cursor": {{(nextCursor is null ? "null" : $"\"{nextCursor}\"")}}, "has_more": {{(hasMore ? "true" : "false")}} } } }""";

    public static string Error(string code, string message, string? field = null, string requestId = "req_err", string? details = null) =>
        $$"""{ "success": false, "error": { "code": "{{code}}", "message": "{{message}}"{{(field is null ? "" : $", \"field\": \"{field}\"")}}{{(details is null ? "" : $", \"details\": {details}")}} }, "meta": { "request_id": "{{requestId}}", "api_version": "v1" } }""";

    public static string Subscriber(string id, string fullName = "Jane Doe", string status = "active") =>
        $$"""{ "id": "{{id}}", "external_id": null, "full_name": "{{fullName}}", "status": "{{status}}", "billing_profile_id": null, "created_at": "2026-04-13T10:21:00Z" }""";
}
