namespace WISPGate.Sdk.Http;

/// <summary>
/// Gives the call its <c>X-Idempotency-Key</c>: the caller's, else (for a POST, when automatic keys
/// are on) a new random one. It sits outside the resilience handler, so the key is chosen once per
/// logical call and every retry carries the same key; the retry predicate reads it to decide
/// whether a POST may be retried.
/// </summary>
internal sealed class IdempotencyKeyHandler : DelegatingHandler
{
    private readonly bool _automaticKeys;

    public IdempotencyKeyHandler(WispGateClientOptions options) => _automaticKeys = options.AutomaticIdempotencyKeys;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = WispGateCall.For(request);
        var key = call.Options?.IdempotencyKey
            ?? (_automaticKeys && request.Method == HttpMethod.Post ? Guid.NewGuid().ToString() : null);
        if (key is not null)
        {
            request.Headers.Remove(WispGateHeaders.IdempotencyKey);
            request.Headers.TryAddWithoutValidation(WispGateHeaders.IdempotencyKey, key);
        }

        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>Whether a request may be sent again: any method but POST, and a POST that carries a key.</summary>
    public static bool IsRetrySafe(HttpRequestMessage? request) =>
        request is not null
        && (request.Method != HttpMethod.Post || request.Headers.Contains(WispGateHeaders.IdempotencyKey));
}
