using System.Net;

namespace WISPGate.Sdk.Http;

/// <summary>
/// The state of one logical call, shared by every handler and every retry of it. It rides on the request's
/// <see cref="HttpRequestMessage.Options"/>, where <see cref="ApiConnection"/> puts it: the caller's
/// <see cref="RequestOptions"/> and the operation flow in; the attempt count and what the answer said about itself flow
/// out to the result or the exception. The idempotency key has one home, the request's <c>X-Idempotency-Key</c> header.
/// </summary>
internal sealed class WispGateCall
{
    private static readonly HttpRequestOptionsKey<WispGateCall> s_key = new("WISPGate.Call");
    private readonly HttpRequestMessage _request;
    private int _attempts;

    private WispGateCall(HttpRequestMessage request, RequestOptions? options, ApiOperation? operation)
    {
        _request = request;
        Options = options;
        Operation = operation;
    }

    public RequestOptions? Options { get; }

    /// <summary>The operation the SDK sent; <see langword="null"/> for a request sent around the SDK's methods.</summary>
    public ApiOperation? Operation { get; }

    /// <summary>The <c>X-Idempotency-Key</c> the call carries (set once, before the first attempt, by <see cref="IdempotencyKeyHandler"/>).</summary>
    public string? IdempotencyKey => WispGateHeaders.FirstValue(_request.Headers, WispGateHeaders.IdempotencyKey);

    public int Attempts => Volatile.Read(ref _attempts);

    public HttpStatusCode? LastStatusCode { get; private set; }

    public string? RequestId { get; private set; }

    public bool IdempotentReplayed { get; private set; }

    /// <summary>The rate-limit window the latest answer reported (<c>RateLimit-*</c> headers).</summary>
    public WispGateRateLimit? RateLimit { get; private set; }

    /// <summary>Starts a call: the request carries it from here on.</summary>
    public static WispGateCall Start(HttpRequestMessage request, RequestOptions? options, ApiOperation operation)
    {
        var call = new WispGateCall(request, options, operation);
        request.Options.Set(s_key, call);
        return call;
    }

    /// <summary>The call a request belongs to; a request sent around the SDK's methods gets a fresh one.</summary>
    public static WispGateCall For(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(s_key, out var call))
        {
            return call;
        }

        call = new WispGateCall(request, null, null);
        request.Options.Set(s_key, call);
        return call;
    }

    public static WispGateCall? Find(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(s_key, out var call) ? call : null;

    /// <summary>Counts an attempt and returns its number (1 for the first).</summary>
    public int StartAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>Remembers what the latest attempt's answer said about itself.</summary>
    public void RecordAnswer(HttpResponseMessage response)
    {
        LastStatusCode = response.StatusCode;
        RequestId = WispGateHeaders.FirstValue(response.Headers, WispGateHeaders.RequestId) ?? RequestId;
        IdempotentReplayed = string.Equals(
            WispGateHeaders.FirstValue(response.Headers, WispGateHeaders.IdempotentReplayed), "true", StringComparison.OrdinalIgnoreCase);
        RateLimit = WispGateRateLimit.FromHeaders(response.Headers) ?? RateLimit;
    }

    /// <summary>The response information of the call, preferring the envelope's request id.</summary>
    public WispGateResponse ToResponseInfo(HttpStatusCode statusCode, string? envelopeRequestId, string? apiVersion = null) =>
        new(statusCode, envelopeRequestId ?? RequestId, IdempotencyKey, IdempotentReplayed, Math.Max(1, Attempts))
        {
            RateLimit = RateLimit,
            ApiVersion = apiVersion,
        };
}
