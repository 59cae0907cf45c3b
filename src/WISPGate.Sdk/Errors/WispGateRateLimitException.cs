using System.Net;

namespace WISPGate.Sdk.Errors;

/// <summary>The token went over its rate limit (429 <c>rate_limited</c>) and the SDK's retries, which wait as <c>Retry-After</c> asks, ran out.</summary>
public sealed class WispGateRateLimitException : WispGateApiException
{
    /// <summary>Creates the exception (for tests and mocks; the SDK builds it from error responses).</summary>
    /// <param name="error">The <c>error</c> object of the envelope.</param>
    /// <param name="retryAfter">How long the API asked to wait (<c>Retry-After</c>).</param>
    /// <param name="requestId">The API's request id.</param>
    /// <param name="idempotencyKey">The idempotency key the call carried.</param>
    /// <param name="attempts">How many HTTP attempts were made.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public WispGateRateLimitException(
        ApiError error,
        TimeSpan? retryAfter,
        string? requestId = null,
        string? idempotencyKey = null,
        int attempts = 1,
        Exception? innerException = null)
        : base(HttpStatusCode.TooManyRequests, error, requestId, idempotencyKey, attempts, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the API asked to wait before the next request (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The rate-limit window the 429 answer reported (<c>RateLimit-*</c> headers), when it carried them.</summary>
    public WispGateRateLimit? RateLimit { get; init; }
}
