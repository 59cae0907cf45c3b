using System.Globalization;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Pipeline;

/// <summary>
/// Per-token rate limit. Runs early (before routing and auth) and keys on the presented bearer token, so that
/// every response — a 404 or a 401 included — carries <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c> and
/// <c>RateLimit-Reset</c>. Over the limit → 429 <c>rate_limited</c> with <c>Retry-After</c>.
/// </summary>
internal sealed class RateLimitStep : IPipelineStep
{
    private readonly RateLimiter _limiter;

    /// <summary>Creates the step.</summary>
    public RateLimitStep(RateLimiter limiter) => _limiter = limiter;

    /// <inheritdoc />
    public async ValueTask<ApiResult> InvokeAsync(ApiRequest request, Func<ValueTask<ApiResult>> next)
    {
        // Keyed by the token's hash: the limiter's table never holds a secret.
        var decision = _limiter.Acquire(BearerToken.Parse(request.Header(WireHeaders.Authorization)) is { } token ? "token:" + ApiKeyStore.Hash(token) : "anonymous");
        request.RateLimit = decision;
        ApiResult result;
        if (decision.Allowed)
        {
            result = await next();
        }
        else
        {
            result = ApiResult.Failure(429, ErrorCodes.RateLimited, $"Rate limit of {decision.Limit} requests per second exceeded; retry after {decision.ResetSeconds} s.");
            result.Headers[WireHeaders.RetryAfter] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        }

        result.Headers[WireHeaders.RateLimitLimit] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        result.Headers[WireHeaders.RateLimitRemaining] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        result.Headers[WireHeaders.RateLimitReset] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        return result;
    }
}
