using System.Net;

namespace WISPGate.Sdk.Errors;

/// <summary>The request was malformed (400: `malformed_json`, `missing_required_field`, `invalid_parameter`, `invalid_cursor`) or invalid (422: `validation_error` with <see cref="WispGateApiException.Details"/>, `idempotency_key_reused`).</summary>
public sealed class WispGateValidationException : WispGateApiException
{
    /// <summary>Creates the exception (for tests and mocks; the SDK builds it from error responses).</summary>
    /// <param name="statusCode">The HTTP status of the final attempt.</param>
    /// <param name="error">The <c>error</c> object of the envelope.</param>
    /// <param name="requestId">The API's request id.</param>
    /// <param name="idempotencyKey">The idempotency key the call carried.</param>
    /// <param name="attempts">How many HTTP attempts were made.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public WispGateValidationException(
        HttpStatusCode statusCode,
        ApiError error,
        string? requestId = null,
        string? idempotencyKey = null,
        int attempts = 1,
        Exception? innerException = null)
        : base(statusCode, error, requestId, idempotencyKey, attempts, innerException)
    {
    }
}
