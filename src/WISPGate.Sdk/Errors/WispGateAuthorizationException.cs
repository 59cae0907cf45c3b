using System.Net;

namespace WISPGate.Sdk.Errors;

/// <summary>The token may not do this (403: `insufficient_scope` for a write with a read-only token, `tenant_forbidden` for a tenant the token may not use).</summary>
/// <remarks>The constructor is for tests and mocks; the SDK builds the exception from error responses.</remarks>
/// <inheritdoc cref="WispGateApiException(HttpStatusCode, ApiError, string?, string?, int, Exception?)" path="/param"/>
public sealed class WispGateAuthorizationException(
    HttpStatusCode statusCode,
    ApiError error,
    string? requestId = null,
    string? idempotencyKey = null,
    int attempts = 1,
    Exception? innerException = null)
    : WispGateApiException(statusCode, error, requestId, idempotencyKey, attempts, innerException);
