using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using WireMock;
using WireMock.Types;
using WireMock.Util;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Hosting;

/// <summary>Translates between WireMock's request/response messages and the pipeline's <see cref="ApiRequest"/>/<see cref="ApiResult"/>.</summary>
internal static class WireMockBridge
{
    /// <summary>
    /// A pipeline request from a WireMock request and the ASP.NET Core context behind it (when there is one): the path as
    /// sent (<see cref="RawPath"/>) and the secrets that <see cref="SecretRedactionMiddleware"/> kept out of WireMock's copy.
    /// </summary>
    public static ApiRequest ToApiRequest(IRequestMessage message, HttpContext? context)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in message.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            headers[name] = values.Count > 0 ? values[0] : string.Empty;
        }

        return ToApiRequest(message.Method, RawPath(context) ?? message.Path, message.RawQuery, headers, message.BodyData?.BodyAsBytes, context);
    }

    /// <summary>
    /// A pipeline request from what was received (headers and body as WireMock keeps them), with the secrets that
    /// <see cref="SecretRedactionMiddleware"/> kept out of WireMock's copy put back: the one place both entries (WireMock's
    /// mapping and <see cref="ContractFastPath"/>) build their request.
    /// </summary>
    public static ApiRequest ToApiRequest(string method, string path, string? rawQuery, Dictionary<string, string> headers, byte[]? body, HttpContext? context)
    {
        var secrets = RequestSecrets.Of(context);
        foreach (var (name, value) in secrets?.Headers ?? [])
        {
            headers[name] = value;
        }

        return new ApiRequest(method, path, rawQuery, headers, secrets?.Body ?? body ?? [], new RequestConnection(context));
    }

    /// <summary>
    /// The path as sent, still percent-encoded, so that each segment is decoded exactly once, by the route match.
    /// WireMock's <c>Path</c> is decoded a second time after Kestrel (<c>%252F</c> became <c>/</c>, <c>+</c> a space).
    /// </summary>
    public static string? RawPath(HttpContext? context)
    {
        var target = context?.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (target is null || !target.StartsWith('/'))
        {
            // Absolute-form or asterisk-form targets: Kestrel's decoded path is the best there is.
            return context is null ? null : context.Request.PathBase + context.Request.Path;
        }

        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? target : target[..query];
    }

    /// <summary>
    /// A WireMock response from a result, rendered here (<see cref="ResponseRenderer.Render"/>): the admin endpoints'
    /// and the proxy's own answers.
    /// </summary>
    public static IResponseMessage ToResponse(ApiResult result, ApiRequest request, HttpContext? context) =>
        ToResponse(result, ResponseRenderer.Render(result, request.RequestId), request, context);

    /// <summary>
    /// A WireMock response from a rendered result, with its <c>X-Request-ID</c>; a dropped connection is aborted here. A
    /// body with secrets goes to WireMock (and so to its request log) masked, and to the client as it is.
    /// </summary>
    public static IResponseMessage ToResponse(ApiResult result, RenderedResponse response, ApiRequest request, HttpContext? context)
    {
        if (result.DropConnection)
        {
            request.Connection.Abort();
            return new ResponseMessage { StatusCode = 499, Headers = new Dictionary<string, WireMockList<string>>() };
        }

        var headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = new WireMockList<string>(value);
        }

        headers[WireHeaders.RequestId] = new WireMockList<string>(response.RequestId);
        var body = response.Body;
        if (response.Secrets.Count > 0 && context is not null)
        {
            SecretRedactionMiddleware.SendUnlogged(context, body);
            body = SecretRedactionMiddleware.Mask(body, response.Secrets);
        }

        if (response.ContentType.Length > 0)
        {
            headers[WireHeaders.ContentType] = new WireMockList<string>(response.ContentType);
        }

        return new ResponseMessage
        {
            StatusCode = response.Status,
            Headers = headers,
            BodyData = body.Length == 0 ? null : new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes },
        };
    }
}
