using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using WISPGate.Sdk.Errors;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Http;

/// <summary>
/// Turns every way a call can fail into the SDK's exceptions (called by <see cref="ApiConnection"/>):
/// error envelopes into the <see cref="WispGateApiException"/> family, unreadable
/// bodies into a clear exception with an excerpt, and transport failures (after the retries) into
/// <see cref="WispGateTransportException"/>. Each carries the call's idempotency key and attempt count.
/// </summary>
internal static class ErrorMapper
{
    /// <summary>Error bodies are read up to this many characters; a huge proxy page must not exhaust memory.</summary>
    private const int MaxErrorBodyChars = 64 * 1024;
    private const int ExcerptChars = 200;

    public static async ValueTask<Exception?> FromResponseAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var call = WispGateCall.Find(response.RequestMessage);
        var body = await ReadBodyAsync(response).ConfigureAwait(false);
        var envelope = TryParseErrorEnvelope(body);
        var error = envelope?.Error ?? new ApiError
        {
            Code = string.Create(CultureInfo.InvariantCulture, $"http_{(int)response.StatusCode}"),
            Message = DescribeForeignBody(response, body),
        };
        var requestId = envelope?.Meta?.RequestId ?? call?.RequestId ?? WispGateHeaders.FirstValue(response.Headers, WispGateHeaders.RequestId);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new WispGateRateLimitException(error, RetryAfter(response), requestId, call?.IdempotencyKey, call?.Attempts ?? 1)
            {
                RateLimit = WispGateRateLimit.FromHeaders(response.Headers),
            };
        }

        return Create(response.StatusCode, error, requestId, call?.IdempotencyKey, call?.Attempts ?? 1, RetryAfter(response));
    }

    public static ValueTask<Exception?> FromUnreadableResponseAsync(HttpResponseMessage response, Exception exception)
    {
        var call = WispGateCall.Find(response.RequestMessage);
        var error = new ApiError
        {
            Code = "invalid_response",
            Message = $"The API's {(int)response.StatusCode} answer could not be read as the expected JSON: {exception.Message}",
        };
        var requestId = call?.RequestId ?? WispGateHeaders.FirstValue(response.Headers, WispGateHeaders.RequestId);
        return ValueTask.FromResult<Exception?>(new WispGateApiException(
            response.StatusCode, error, requestId, call?.IdempotencyKey, call?.Attempts ?? 1, exception));
    }

    public static Exception FromTransportFailure(HttpRequestMessage request, Exception exception)
    {
        // Only the transport failures below are wrapped. Everything else (the caller's cancellation, an SDK exception, a
        // throwing token provider) reaches the caller as it is.
        var reason = exception switch
        {
            BrokenCircuitException => "calls are paused: the circuit breaker opened after repeated failures",
            TimeoutRejectedException => "it timed out",
            HttpRequestException => "the connection failed",
            _ => null,
        };
        if (reason is null)
        {
            return exception;
        }

        // The attempts actually sent: 0 when the open circuit refused the call before anything went out.
        var call = WispGateCall.Find(request);
        var attempts = call?.Attempts ?? 0;
        var message = attempts == 0
            ? $"WISPGate {request.Method} {RouteOf(request)} was not sent: {reason}. {exception.Message}"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"WISPGate {request.Method} {RouteOf(request)} failed after {attempts} attempt(s): {reason}. {exception.Message}");
        return new WispGateTransportException(message, exception, call?.IdempotencyKey, attempts);
    }

    /// <summary>The exception of the family a status belongs to.</summary>
    public static WispGateApiException Create(
        HttpStatusCode statusCode, ApiError error, string? requestId, string? idempotencyKey, int attempts, TimeSpan? retryAfter = null) =>
        (int)statusCode switch
        {
            400 or 422 => new WispGateValidationException(statusCode, error, requestId, idempotencyKey, attempts),
            401 => new WispGateAuthenticationException(statusCode, error, requestId, idempotencyKey, attempts),
            403 => new WispGateAuthorizationException(statusCode, error, requestId, idempotencyKey, attempts),
            404 => new WispGateNotFoundException(statusCode, error, requestId, idempotencyKey, attempts),
            409 => new WispGateConflictException(statusCode, error, requestId, idempotencyKey, attempts),
            429 => new WispGateRateLimitException(error, retryAfter, requestId, idempotencyKey, attempts),
            >= 500 => new WispGateServerException(statusCode, error, requestId, idempotencyKey, attempts),
            _ => new WispGateApiException(statusCode, error, requestId, idempotencyKey, attempts),
        };

    /// <summary>The route template of the call's operation (low-cardinality, no ids), else the path.</summary>
    public static string RouteOf(HttpRequestMessage request) =>
        WispGateCall.Find(request)?.Operation?.Route ?? request.RequestUri?.AbsolutePath ?? "?";

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response)
    {
        using var reader = new StreamReader(
            await response.Content.ReadAsStreamAsync().ConfigureAwait(false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxErrorBodyChars];
        var read = await reader.ReadBlockAsync(buffer, 0, buffer.Length).ConfigureAwait(false);
        return new string(buffer, 0, read);
    }

    private static ErrorResponse? TryParseErrorEnvelope(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize(body, WispGateJsonContext.Default.ErrorResponse);
            return envelope?.Error is { Code: not null, Message: not null } ? envelope : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string DescribeForeignBody(HttpResponseMessage response, string body)
    {
        var status = string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {response.ReasonPhrase}").TrimEnd();
        if (string.IsNullOrWhiteSpace(body))
        {
            return $"The API answered {status} with an empty body.";
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "no content type";
        var excerpt = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (excerpt.Length > ExcerptChars)
        {
            excerpt = string.Concat(excerpt.AsSpan(0, ExcerptChars), "…");
        }

        return $"The API answered {status} with a body that is not a WISPGate error ({mediaType}): {excerpt}";
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        return retryAfter?.Date is { } date ? TimeSpan.FromTicks(Math.Max(0, (date - DateTimeOffset.UtcNow).Ticks)) : null;
    }
}
