using System.Net;

namespace WISPGate.Sdk.Errors;

/// <summary>The request was malformed (400: `malformed_json`, `missing_required_field`, `invalid_parameter`, `invalid_cursor`) or invalid (422: `validation_error` with <see cref="WispGateApiException.Details"/>, `idempotency_key_reused`).</summary>
/// <remarks>The constructor is for tests and mocks; the SDK builds the exception from error responses.</remarks>
/// <inheritdoc cref="WispGateApiException(HttpStatusCode, ApiError, string?, string?, int, Exception?)" path="/param"/>
public sealed class WispGateValidationException(
    HttpStatusCode statusCode,
    ApiError error,
    string? requestId = null,
    string? idempotencyKey = null,
    int attempts = 1,
    Exception? innerException = null)
    : WispGateApiException(statusCode, error, requestId, idempotencyKey, attempts, innerException);
