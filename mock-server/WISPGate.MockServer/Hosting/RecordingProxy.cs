using System.Text;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.ResponseProviders;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// <c>--proxy-to</c> (and <c>--record</c>): the response provider of the proxy mapping. The forwarding and the mapping
/// of each exchange are WireMock.Net's own (<see cref="Response.WithProxy(ProxyAndRecordSettings)"/> and its
/// <c>ProxyAndRecordSettings</c>); this class adds what the WISPGate server needs around them:
/// <list type="bullet">
/// <item>WireMock sees (and logs) requests with their secrets redacted (<see cref="SecretRedactionMiddleware"/>), so the
/// request is forwarded as a copy with the real <c>Authorization</c> and <c>api_token</c> put back;</item>
/// <item>a secret in the upstream's answer (a webhook signing secret, a new API key) reaches the client but is masked in
/// WireMock's request log, as the built-in behaviour does;</item>
/// <item>a recorded exchange is written by <see cref="RecordedMappings"/>, redacted;</item>
/// <item>admin paths are never forwarded, a request that already passed through this server answers 508 (a proxy
/// pointed at itself), and an upstream that cannot be reached answers 502 with the error envelope.</item>
/// </list>
/// </summary>
internal sealed class RecordingProxy : IResponseProvider
{
    /// <summary>WireMock priority of the proxy mapping: just before the built-in contract behaviour, after every other mapping.</summary>
    public const int Priority = WispGateMockServer.BuiltInPriority - 1;

    /// <summary>
    /// Request headers a recording never matches on: secrets (replaced by <c>[redacted]</c> before WireMock sees them
    /// anyway), and headers that differ on every call or every server (host and port, request and idempotency keys,
    /// trace context, transport details).
    /// </summary>
    public static readonly string[] ExcludedHeaders =
    [
        "Authorization", "Proxy-Authorization", "X-WISPGate-Signature", "Cookie",
        "Host", "Content-Length", "Connection", "Keep-Alive", "Transfer-Encoding", "Expect", "Via",
        "Accept-Encoding", "User-Agent", "X-Request-ID", "X-Idempotency-Key",
        "traceparent", "tracestate", "baggage", "Request-Id", "Correlation-Context",
    ];

    private readonly string _target;
    private readonly string _via;
    private readonly Response _proxy;
    private readonly RecordedMappings? _recorder;

    // The proxy helper reads its body settings from here: the upstream's bodies are kept as sent (strings, not JSON
    // re-serialized), and form bodies are not taken apart.
    private readonly WireMockServerSettings _proxySettings = new()
    {
        DisableJsonBodyParsing = true,
        DisableDeserializeFormUrlEncoded = true,
    };

    /// <summary>A proxy to <paramref name="target"/> (a checked base URL without a trailing slash), recording into <paramref name="recorder"/> when set.</summary>
    public RecordingProxy(string target, RecordedMappings? recorder)
    {
        _target = target;
        _recorder = recorder;
        _via = $"1.1 wispgate-mock-{Guid.NewGuid():N}";
        _proxy = (Response)Response.Create().WithProxy(new ProxyAndRecordSettings
        {
            Url = target,
            // Creates the mapping of the exchange (WireMock's ProxyMappingConverter); it is saved by RecordedMappings, not
            // added to this server: a stateful API must keep being answered by the upstream.
            SaveMapping = recorder is not null,
            SaveMappingToFile = false,
            ExcludedHeaders = ExcludedHeaders,
            AllowAutoRedirect = false,
        });
    }

    /// <summary>Why <paramref name="url"/> cannot be a proxy target, or null; <paramref name="normalized"/> is it without a trailing slash.</summary>
    public static string? Problem(string url, out string normalized)
    {
        normalized = url.TrimEnd('/');
        if (OutboundUrl.Problem(url) is { } problem)
        {
            return problem.Replace("The url", "The proxy URL", StringComparison.Ordinal);
        }

        var uri = new Uri(url);
        return uri.Query.Length > 0 || uri.Fragment.Length > 0
            ? "The proxy URL must be a base URL, without a query or fragment."
            : null;
    }

    /// <inheritdoc />
    public async Task<(IResponseMessage Message, IMapping? Mapping)> ProvideResponseAsync(IMapping mapping, HttpContext context, IRequestMessage requestMessage, WireMockServerSettings settings)
    {
        if (CanonicalPath.IsAdmin(WireMockBridge.ToApiRequest(requestMessage, context).Path))
        {
            return (Failure(requestMessage, context, 404, ErrorCodes.NotFound, "No admin endpoint answers this path, and admin paths are never forwarded."), null);
        }

        var secrets = RequestSecrets.Of(context);
        var headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in requestMessage.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            headers[name] = new WireMockList<string>(values);
        }

        if (headers.TryGetValue("Via", out var via) && via.Any(v => v.Contains(_via, StringComparison.Ordinal)))
        {
            return (Failure(requestMessage, context, 508, "proxy_loop", $"The request came back to this server: the proxy URL {_target} leads to the mock server itself."), null);
        }

        headers["Via"] = new WireMockList<string>([.. via ?? [], _via]);
        foreach (var (name, value) in secrets?.Headers ?? [])
        {
            headers[name] = new WireMockList<string>(value);
        }

        var body = requestMessage.BodyData;
        if (secrets?.Body is { } original)
        {
            body = new BodyData
            {
                BodyAsBytes = original,
                BodyAsString = Encoding.UTF8.GetString(original),
                DetectedBodyType = BodyType.String,
                DetectedBodyTypeFromContentType = requestMessage.BodyData?.DetectedBodyTypeFromContentType,
                Encoding = Encoding.UTF8,
            };
        }

        var forwarded = new ForwardedRequest(requestMessage, headers, body);

        IResponseMessage response;
        IMapping? recorded;
        try
        {
            (response, recorded) = await _proxy.ProvideResponseAsync(mapping, context, forwarded, _proxySettings).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            return (Failure(requestMessage, context, 502, "bad_gateway", $"The proxy could not reach {_target}: {exception.Message}"), null);
        }

        if (recorded is not null)
        {
            _recorder?.Save(recorded, _proxySettings);
        }

        return (MaskSecrets(response, context), null);
    }

    // The answer as WireMock will log it: secrets in the body masked, the real bytes sent to the client.
    private static IResponseMessage MaskSecrets(IResponseMessage response, HttpContext context)
    {
        var bytes = response.BodyData?.BodyAsBytes ?? (response.BodyData?.BodyAsString is { } text ? Encoding.UTF8.GetBytes(text) : null);
        if (bytes is null || response is not ResponseMessage message)
        {
            return response;
        }

        var secrets = SecretValues.InJson(bytes);
        if (secrets.Count == 0)
        {
            return response;
        }

        SecretRedactionMiddleware.SendUnlogged(context, bytes);
        message.BodyData = new BodyData { BodyAsBytes = SecretRedactionMiddleware.Mask(bytes, secrets), DetectedBodyType = BodyType.Bytes };
        return message;
    }

    private static IResponseMessage Failure(IRequestMessage message, HttpContext context, int status, string code, string text)
    {
        var request = WireMockBridge.ToApiRequest(message, context);
        request.RequestId = RequestIds.FromClient(request.Header(RequestIds.HeaderName));
        var result = ApiResult.Failure(status, code, text);
        result.Headers[RequestIds.HeaderName] = request.RequestId;
        return WireMockBridge.ToResponse(result, request, context);
    }
}
