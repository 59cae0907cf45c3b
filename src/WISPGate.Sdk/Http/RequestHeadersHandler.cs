namespace WISPGate.Sdk.Http;

/// <summary>Adds the call's tenant (per call, else from options) and the caller's extra headers, once per call.</summary>
internal sealed class RequestHeadersHandler : DelegatingHandler
{
    private readonly string? _defaultTenantId;

    public RequestHeadersHandler(WispGateClientOptions options) => _defaultTenantId = options.TenantId;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var callOptions = WispGateCall.For(request).Options;
        if ((callOptions?.TenantId ?? _defaultTenantId) is { } tenantId)
        {
            request.Headers.Remove(WispGateHeaders.TenantId);
            request.Headers.TryAddWithoutValidation(WispGateHeaders.TenantId, tenantId);
        }

        foreach (var (name, value) in callOptions?.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
