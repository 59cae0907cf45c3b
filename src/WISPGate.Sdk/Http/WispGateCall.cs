using System.Net;

namespace WISPGate.Sdk.Http;

/// <summary>
/// The state of one logical call, shared by every handler and every retry of it. It rides on
/// <see cref="HttpRequestMessage.Options"/> (Refit puts it there from a <c>[Property]</c> parameter):
/// the caller's <see cref="RequestOptions"/> flow in, and the idempotency key, attempt count and
/// request id of the answer flow out to the result or the exception.
/// </summary>
internal sealed class WispGateCall
{
    /// <summary>The <see cref="HttpRequestMessage.Options"/> key (and Refit <c>[Property]</c> key).</summary>
    public const string OptionsKey = "WISPGate.Call";

    private static readonly HttpRequestOptionsKey<WispGateCall> s_key = new(OptionsKey);
    private int _attempts;

    public WispGateCall(RequestOptions? options)
    {
        options?.Validate();
        Options = options;
    }

    public RequestOptions? Options { get; }

    /// <summary>The <c>X-Idempotency-Key</c> the call carries, set once before the first attempt.</summary>
    public string? IdempotencyKey { get; set; }

    public int Attempts => Volatile.Read(ref _attempts);

    public HttpStatusCode? LastStatusCode { get; private set; }

    public string? RequestId { get; private set; }

    public bool IdempotentReplayed { get; private set; }

    /// <summary>The call a request belongs to; a request sent around the SDK's methods gets a fresh one.</summary>
    public static WispGateCall For(HttpRequestMessage request)
    {
        if (request.Options.TryGetValue(s_key, out var call))
        {
            return call;
        }

        call = new WispGateCall(null);
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
        RequestId = WispGateHeaders.FirstValue(response, WispGateHeaders.RequestId) ?? RequestId;
        IdempotentReplayed = string.Equals(
            WispGateHeaders.FirstValue(response, WispGateHeaders.IdempotentReplayed), "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The response information of the call, preferring the envelope's request id.</summary>
    public WispGateResponse ToResponseInfo(HttpStatusCode statusCode, string? envelopeRequestId) =>
        new(statusCode, envelopeRequestId ?? RequestId, IdempotencyKey, IdempotentReplayed, Math.Max(1, Attempts));
}
