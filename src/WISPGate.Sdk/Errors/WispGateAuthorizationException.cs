using System.Net;

namespace WISPGate.Sdk.Errors;

/// <summary>The token may not do this (403: `insufficient_scope` for a write with a read-only token, `tenant_forbidden` for a tenant the token may not use).</summary>
public sealed class WispGateAuthorizationException : WispGateApiException
{
    /// <summary>Creates the exception (for tests and mocks; the SDK builds it from error responses).</summary>
    /// <param name="statusCode">The HTTP status of the final attempt.</param>
    /// <param name="error">The <c>error</c> object of the envelope.</param>
    /// <param name="requestId">The API's request id.</param>
    /// <param name="idempotencyKey">The idempotency key the call carried.</param>
    /// <param name="attempts">How many HTTP attempts were made.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public WispGateAuthorizationException(
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
