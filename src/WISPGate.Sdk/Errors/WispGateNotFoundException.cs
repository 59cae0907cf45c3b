using System.Net;

namespace WISPGate.Sdk.Errors;

/// <summary>The resource does not exist in this tenant, or the path is unknown (404 `not_found`).</summary>
/// <remarks>The constructor is for tests and mocks; the SDK builds the exception from error responses.</remarks>
/// <inheritdoc cref="WispGateApiException(HttpStatusCode, ApiError, string?, string?, int, Exception?)" path="/param"/>
public sealed class WispGateNotFoundException(
    HttpStatusCode statusCode,
    ApiError error,
    string? requestId = null,
    string? idempotencyKey = null,
    int attempts = 1,
    Exception? innerException = null)
    : WispGateApiException(statusCode, error, requestId, idempotencyKey, attempts, innerException);
