namespace WISPGate.Sdk.Errors;

/// <summary>
/// The documented values of <see cref="ApiError.Code"/> (the contract's <c>ErrorCode</c> list), so that callers compare
/// against a constant instead of a string literal: <c>catch (WispGateConflictException e) when (e.Error.Code ==
/// WispGateErrorCodes.DuplicateSubscriber)</c>. The API may add codes; treat an unknown one by its HTTP status.
/// </summary>
public static class WispGateErrorCodes
{
    /// <summary><c>unauthorized</c> (401): the bearer token is missing or unknown.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary><c>token_revoked</c> (401): the API key was revoked; use another key.</summary>
    public const string TokenRevoked = "token_revoked";

    /// <summary><c>token_expired</c> (401): the API key passed its <c>expires_at</c> (e.g. the old key after a roll); use the new key.</summary>
    public const string TokenExpired = "token_expired";

    /// <summary><c>wrong_environment</c> (401): a live key sent to a test environment (such as the mock server), or a test key sent to live.</summary>
    public const string WrongEnvironment = "wrong_environment";

    /// <summary><c>insufficient_scope</c> (403): the token lacks the scope the operation needs.</summary>
    public const string InsufficientScope = "insufficient_scope";

    /// <summary><c>tenant_forbidden</c> (403): the token may not act for the tenant named by <c>X-Tenant-ID</c>.</summary>
    public const string TenantForbidden = "tenant_forbidden";

    /// <summary><c>not_found</c> (404): unknown path, or the resource does not exist in the tenant.</summary>
    public const string NotFound = "not_found";

    /// <summary><c>method_not_allowed</c> (405): the path exists, but not with this HTTP method.</summary>
    public const string MethodNotAllowed = "method_not_allowed";

    /// <summary><c>unsupported_media_type</c> (415): the body is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary><c>payload_too_large</c> (413): the body is larger than 1 MiB.</summary>
    public const string PayloadTooLarge = "payload_too_large";

    /// <summary><c>uri_too_long</c> (414): the path and query are longer than 8,192 bytes.</summary>
    public const string UriTooLong = "uri_too_long";

    /// <summary><c>request_header_fields_too_large</c> (431): more than 100 request header fields, or more than 32 KiB of them.</summary>
    public const string RequestHeaderFieldsTooLarge = "request_header_fields_too_large";

    /// <summary><c>malformed_json</c> (400): the body is not valid JSON, or not a JSON object.</summary>
    public const string MalformedJson = "malformed_json";

    /// <summary><c>missing_required_field</c> (400): a required field is missing or null; <see cref="ApiError.Field"/> names it.</summary>
    public const string MissingRequiredField = "missing_required_field";

    /// <summary><c>invalid_parameter</c> (400): a path, query or header parameter is malformed or out of range.</summary>
    public const string InvalidParameter = "invalid_parameter";

    /// <summary><c>invalid_cursor</c> (400): the cursor was not issued by this list (or is corrupt).</summary>
    public const string InvalidCursor = "invalid_cursor";

    /// <summary><c>validation_error</c> (422): a field is present but invalid (type, format, range, unknown reference); <see cref="ApiError.Field"/> names it.</summary>
    public const string ValidationError = "validation_error";

    /// <summary><c>idempotency_key_reused</c> (422): the idempotency key was used before with a different request.</summary>
    public const string IdempotencyKeyReused = "idempotency_key_reused";

    /// <summary><c>idempotency_key_in_use</c> (409): a request with the same idempotency key is still running.</summary>
    public const string IdempotencyKeyInUse = "idempotency_key_in_use";

    /// <summary><c>duplicate_subscriber</c> (409): a subscriber with this external id exists.</summary>
    public const string DuplicateSubscriber = "duplicate_subscriber";

    /// <summary><c>duplicate_device</c> (409): a device with the same serial or MAC exists in the tenant.</summary>
    public const string DuplicateDevice = "duplicate_device";

    /// <summary><c>duplicate_webhook_endpoint</c> (409): an endpoint with this URL exists.</summary>
    public const string DuplicateWebhookEndpoint = "duplicate_webhook_endpoint";

    /// <summary><c>provisioning_hook_conflict</c> (409): another enabled provisioning hook already covers one of the actions.</summary>
    public const string ProvisioningHookConflict = "provisioning_hook_conflict";

    /// <summary><c>invalid_state_transition</c> (409): the resource's state does not allow the change.</summary>
    public const string InvalidStateTransition = "invalid_state_transition";

    /// <summary><c>has_billing_history</c> (409): the subscriber has invoices, payments or subscriptions and cannot be deleted (cancel it instead).</summary>
    public const string HasBillingHistory = "has_billing_history";

    /// <summary><c>resource_in_use</c> (409): the resource is still referenced.</summary>
    public const string ResourceInUse = "resource_in_use";

    /// <summary><c>storage_limit_reached</c> (409): the tenant holds as many records as the (sandbox) server keeps; nothing was stored.</summary>
    public const string StorageLimitReached = "storage_limit_reached";

    /// <summary><c>workflow_loop</c> (a workflow run step, never an HTTP answer): the run was caused by a chain of 5 runs and stopped.</summary>
    public const string WorkflowLoop = "workflow_loop";

    /// <summary><c>webhook_call_failed</c> (a workflow run step, never an HTTP answer): a <c>call_webhook</c> action got no 2xx answer in time.</summary>
    public const string WebhookCallFailed = "webhook_call_failed";

    /// <summary><c>rate_limited</c> (429): too many requests; wait as <c>Retry-After</c> says.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary><c>internal_error</c> (500): an unexpected server error; safe to retry with the same idempotency key.</summary>
    public const string InternalError = "internal_error";
}
