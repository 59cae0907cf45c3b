using System.Net;

namespace WISPGate.Sdk.Errors;

/// <summary>The request conflicts with the current state (409: `duplicate_subscriber`, `invalid_state_transition`, `idempotency_key_in_use`, …).</summary>
/// <remarks>The constructor is for tests and mocks; the SDK builds the exception from error responses.</remarks>
/// <inheritdoc cref="WispGateApiException(HttpStatusCode, ApiError, string?, string?, int, Exception?)" path="/param"/>
public sealed class WispGateConflictException(
    HttpStatusCode statusCode,
    ApiError error,
    string? requestId = null,
    string? idempotencyKey = null,
    int attempts = 1,
    Exception? innerException = null)
    : WispGateApiException(statusCode, error, requestId, idempotencyKey, attempts, innerException);
