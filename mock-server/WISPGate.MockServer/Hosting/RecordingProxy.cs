using System.Net;
using System.Security.Authentication;
using System.Text;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.ResponseProviders;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Outbound;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// <c>--proxy-to</c> (and <c>--record</c>): the response provider of the proxy mapping. It forwards with its own
/// <see cref="HttpClient"/>, not WireMock.Net's <c>Response.WithProxy</c>: WireMock's proxy client accepts any TLS
/// certificate (its <c>HttpClientBuilder</c> sets a validation callback that returns true, and no setting turns it off
/// or lets the caller supply the client), so a token sent to an <c>https</c> upstream could be read by anyone in the
/// middle. This client keeps .NET's certificate validation, never follows redirects, sends no cookies of its own and
/// gives up after <see cref="ForwardTimeout"/>. Around the forwarding:
/// <list type="bullet">
/// <item>WireMock sees (and logs) requests with their secrets redacted (<see cref="SecretRedactionMiddleware"/>), so the
/// request is forwarded as a copy with the real <c>Authorization</c> and <c>api_token</c> put back;</item>
/// <item>a secret in the upstream's answer (a webhook signing secret, a new API key) reaches the client but is masked in
/// WireMock's request log, as the built-in behaviour does;</item>
/// <item>a recorded exchange becomes a WireMock mapping made with WireMock's own request and response builders (the
/// matchers WireMock's proxy recorder would write) and is saved by <see cref="RecordedMappings"/>, redacted;</item>
/// <item>admin paths are never forwarded, a request that already passed through this server answers 508 (a proxy
/// pointed at itself), and an upstream that cannot be reached, or whose TLS certificate is not trusted, answers 502
/// with the error envelope.</item>
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
        WireHeaders.Authorization, WireHeaders.ProxyAuthorization, WireHeaders.Signature, "Cookie",
        "Host", "Content-Length", "Connection", "Keep-Alive", "Transfer-Encoding", "Expect", WireHeaders.Via,
        "Accept-Encoding", "User-Agent", WireHeaders.RequestId, WireHeaders.IdempotencyKey,
        "traceparent", "tracestate", "baggage", "Request-Id", "Correlation-Context",
    ];

    /// <summary>How long the proxy waits for the upstream's whole answer.</summary>
    public static readonly TimeSpan ForwardTimeout = TimeSpan.FromSeconds(60);

    // Hop-by-hop and transport headers the client computes itself; everything else is forwarded as received.
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Proxy-Connection",
    };

    // One client for every proxy of the process: default certificate validation (no callback), no redirects, no cookie
    // container, connections renewed so that DNS changes are seen.
    private static readonly HttpClient Upstream = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = ForwardTimeout,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _target;
    private readonly Uri _targetUri;
    private readonly string _via;
    private readonly RecordedMappings? _recorder;

    /// <summary>A proxy to <paramref name="target"/> (a checked base URL without a trailing slash), recording into <paramref name="recorder"/> when set.</summary>
    public RecordingProxy(string target, RecordedMappings? recorder)
    {
        _target = target;
        _targetUri = new Uri(target);
        _recorder = recorder;
        _via = $"1.1 wispgate-mock-{Guid.NewGuid():N}";
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

        if (headers.TryGetValue(WireHeaders.Via, out var via) && via.Any(v => v.Contains(_via, StringComparison.Ordinal)))
        {
            return (Failure(requestMessage, context, 508, "proxy_loop", $"The request came back to this server: the proxy URL {_target} leads to the mock server itself."), null);
        }

        headers[WireHeaders.Via] = new WireMockList<string>([.. via ?? [], _via]);
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

        var originalUri = new Uri(requestMessage.Url);
        ResponseMessage response;
        try
        {
            using var upstreamRequest = ToUpstream(forwarded, _target + originalUri.PathAndQuery);
            using var upstreamResponse = await Upstream.SendAsync(upstreamRequest, HttpCompletionOption.ResponseContentRead, context.RequestAborted).ConfigureAwait(false);
            response = await FromUpstreamAsync(upstreamResponse, originalUri, context.RequestAborted).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError == HttpRequestError.SecureConnectionError || exception.InnerException is AuthenticationException)
        {
            var reason = exception.InnerException is AuthenticationException tls ? tls.Message : exception.Message;
            return (Failure(requestMessage, context, 502, "bad_gateway", $"The proxy could not open a trusted TLS connection to {_target}, so nothing was forwarded (check its TLS certificate): {reason}"), null);
        }
        catch (TaskCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return (Failure(requestMessage, context, 502, "bad_gateway", $"The proxy got no answer from {_target} within {ForwardTimeout.TotalSeconds:0} seconds."), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            return (Failure(requestMessage, context, 502, "bad_gateway", $"The proxy could not reach {_target}: {exception.Message}"), null);
        }

        _recorder?.Save(RecordedRequest(forwarded), Response.Create(response), $"Proxy Mapping for {forwarded.Method} {forwarded.Path}");
        return (MaskSecrets(response, context), null);
    }

    // The request to the upstream: method, headers (but the hop-by-hop ones) and the body bytes of the forwarded copy.
    private static HttpRequestMessage ToUpstream(IRequestMessage request, string url)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), url);
        var body = request.BodyData?.BodyAsBytes ?? (request.BodyData?.BodyAsString is { } text ? Encoding.UTF8.GetBytes(text) : null);
        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in request.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            if (!NotForwarded.Contains(name) && !message.Headers.TryAddWithoutValidation(name, values))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return message;
    }

    // The upstream's answer as a WireMock response: status, headers (an absolute Location on the upstream pointing back
    // at this server), the body as text when it is UTF-8 and as bytes otherwise.
    private async Task<ResponseMessage> FromUpstreamAsync(HttpResponseMessage upstream, Uri originalUri, CancellationToken cancellationToken)
    {
        var response = new ResponseMessage { StatusCode = (int)upstream.StatusCode };
        if (upstream.StatusCode != HttpStatusCode.NoContent)
        {
            var bytes = await upstream.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            string? text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = null;
            }

            response.BodyData = text is null
                ? new BodyData { BodyAsBytes = bytes, DetectedBodyType = BodyType.Bytes }
                : new BodyData { BodyAsBytes = bytes, BodyAsString = text, Encoding = Encoding.UTF8, DetectedBodyType = BodyType.String };
        }

        foreach (var (name, values) in upstream.Content.Headers.Concat(upstream.Headers))
        {
            if (string.Equals(name, WireHeaders.Location, StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(values.FirstOrDefault(), UriKind.Absolute, out var location)
                && string.Equals(location.Host, _targetUri.Host, StringComparison.OrdinalIgnoreCase))
            {
                response.AddHeader(name, new Uri(originalUri, location.PathAndQuery).ToString());
            }
            else
            {
                response.AddHeader(name, [.. values]);
            }
        }

        return response;
    }

    // The request matchers of a recording, as WireMock's proxy recorder makes them: path, method, HTTP version, every
    // query parameter and cookie, the headers but the excluded ones, and the body (JSON, text or bytes).
    private static IRequestBuilder RecordedRequest(IRequestMessage request)
    {
        var matcher = Request.Create().WithPath(request.Path).UsingMethod(request.Method).WithHttpVersion(request.HttpVersion);
        foreach (var (name, values) in request.Query ?? new Dictionary<string, WireMockList<string>>())
        {
            matcher.WithParam(name, false, [.. values]);
        }

        foreach (var (name, value) in request.Cookies ?? new Dictionary<string, string>())
        {
            matcher.WithCookie(name, value);
        }

        foreach (var (name, values) in request.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            if (!ExcludedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                matcher.WithHeader(name, [.. values]);
            }
        }

        switch (request.BodyData)
        {
            case { DetectedBodyType: BodyType.Json, BodyAsJson: { } json }:
                matcher.WithBody(new JsonMatcher(MatchBehaviour.AcceptOnMatch, json, true));
                break;
            case { DetectedBodyType: BodyType.String or BodyType.FormUrlEncoded, BodyAsString: { } text }:
                matcher.WithBody(new ExactMatcher(MatchBehaviour.AcceptOnMatch, true, MatchOperator.Or, text));
                break;
            case { DetectedBodyType: BodyType.Bytes, BodyAsBytes: { } bytes }:
                matcher.WithBody(new ExactObjectMatcher(MatchBehaviour.AcceptOnMatch, bytes));
                break;
        }

        return matcher;
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
        return WireMockBridge.ToResponse(ApiResult.Failure(status, code, text), WireMockBridge.ToApiRequest(message, context), context);
    }
}
