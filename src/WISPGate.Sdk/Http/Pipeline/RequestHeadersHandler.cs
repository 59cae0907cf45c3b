namespace WISPGate.Sdk.Http;

/// <summary>
/// Adds, once per call, <c>Accept</c> and <c>User-Agent</c> (unless the request has them), the call's
/// tenant (per call, else from options) and the caller's extra headers.
/// </summary>
internal sealed class RequestHeadersHandler : DelegatingHandler
{
    private const string JsonMediaType = "application/json";

    private readonly string? _defaultTenantId;
    private readonly string _userAgent;

    public RequestHeadersHandler(WispGateClientOptions options)
    {
        _defaultTenantId = options.TenantId;
        _userAgent = string.IsNullOrWhiteSpace(options.UserAgentSuffix)
            ? $"WISPGate.Sdk/{WispGateDiagnostics.Version}"
            : $"WISPGate.Sdk/{WispGateDiagnostics.Version} {options.UserAgentSuffix.Trim()}";
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        AddIfAbsent(request, "Accept", JsonMediaType);
        AddIfAbsent(request, "User-Agent", _userAgent);
        var callOptions = WispGateCall.For(request).Options;
        if ((callOptions?.TenantId ?? _defaultTenantId) is { } tenantId)
        {
            request.Headers.Remove(WispGateHeaders.TenantId);
            request.Headers.TryAddWithoutValidation(WispGateHeaders.TenantId, tenantId);
        }

        if (callOptions?.Headers is { Count: > 0 } headers)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static void AddIfAbsent(HttpRequestMessage request, string name, string value)
    {
        if (!request.Headers.NonValidated.Contains(name))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
