namespace WISPGate.MockServer.Handlers;

/// <summary>The error codes of the contract's error envelope (<c>error.code</c>).</summary>
internal static class ErrorCodes
{
    public const string Unauthorized = "unauthorized";
    public const string TokenRevoked = "token_revoked";
    public const string TokenExpired = "token_expired";
    public const string WrongEnvironment = "wrong_environment";
    public const string InsufficientScope = "insufficient_scope";
    public const string TenantForbidden = "tenant_forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UriTooLong = "uri_too_long";
    public const string RequestHeaderFieldsTooLarge = "request_header_fields_too_large";
    public const string MalformedJson = "malformed_json";
    public const string MissingRequiredField = "missing_required_field";
    public const string ValidationError = "validation_error";
    public const string InvalidParameter = "invalid_parameter";
    public const string InvalidCursor = "invalid_cursor";
    public const string RateLimited = "rate_limited";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string IdempotencyKeyInUse = "idempotency_key_in_use";
    public const string InvalidStateTransition = "invalid_state_transition";
    public const string DuplicateSubscriber = "duplicate_subscriber";
    public const string DuplicateDevice = "duplicate_device";
    public const string DuplicateWebhookEndpoint = "duplicate_webhook_endpoint";
    public const string ProvisioningHookConflict = "provisioning_hook_conflict";
    public const string HasBillingHistory = "has_billing_history";
    public const string ResourceInUse = "resource_in_use";
    public const string StorageLimitReached = "storage_limit_reached";
    public const string InternalError = "internal_error";
    public const string NotImplemented = "not_implemented";

    // Recorded on a workflow run's step, never an HTTP answer.
    public const string WorkflowLoop = "workflow_loop";
    public const string WebhookCallFailed = "webhook_call_failed";

    // Admin API only (not part of the v1 contract).
    public const string AdminFileApiDisabled = "admin_file_api_disabled";
}
