using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The documented limits on the request line and headers, answered with the contract's envelope: a request target over
/// 8 KiB → 414 <c>uri_too_long</c>, more than 100 header fields or over 32 KiB of them → 431
/// <c>request_header_fields_too_large</c>. Kestrel's own limits are raised above these (<see cref="RaiseKestrelLimits"/>)
/// so that such requests reach this middleware instead of getting Kestrel's bare answer; beyond the raised limits Kestrel
/// still answers alone.
/// </summary>
internal static class RequestLimitsMiddleware
{
    /// <summary>The longest accepted request target (path and query, as sent), in bytes.</summary>
    public const int MaxTargetBytes = 8 * 1024;

    /// <summary>The most header fields a request may have.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>The most bytes of header fields (names and values) a request may have.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Kestrel's request line limit, raised from 8 KiB so that a longer one reaches the middleware.</summary>
    public const int KestrelMaxRequestLineBytes = 64 * 1024;

    /// <summary>Kestrel's header size limit, raised from 32 KiB.</summary>
    public const int KestrelMaxHeaderBytes = 256 * 1024;

    /// <summary>Kestrel's header count limit, raised from WireMock's 100.</summary>
    public const int KestrelMaxHeaderCount = 1000;

    /// <summary>Raises Kestrel's parsing limits above the documented ones (run after WireMock's own settings).</summary>
    public static void RaiseKestrelLimits(KestrelServerOptions options)
    {
        options.Limits.MaxRequestLineSize = KestrelMaxRequestLineBytes;
        options.Limits.MaxRequestHeadersTotalSize = KestrelMaxHeaderBytes;
        options.Limits.MaxRequestHeaderCount = KestrelMaxHeaderCount;
    }

    /// <summary>Answers a request over a limit; passes the others on.</summary>
    public static Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value + context.Request.QueryString.Value;
        if (Encoding.UTF8.GetByteCount(target) > MaxTargetBytes)
        {
            return EnvelopeWriter.WriteErrorAsync(context, StatusCodes.Status414UriTooLong, ErrorCodes.UriTooLong, $"The request target exceeds {MaxTargetBytes} bytes.");
        }

        var headers = context.Request.Headers;
        var count = 0;
        var bytes = 0L;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                count++;
                bytes += name.Length + Encoding.UTF8.GetByteCount(value ?? string.Empty);
            }
        }

        if (count > MaxHeaderCount || bytes > MaxHeaderBytes)
        {
            var message = count > MaxHeaderCount
                ? $"The request has {count} header fields; at most {MaxHeaderCount} are accepted."
                : $"The request headers exceed {MaxHeaderBytes} bytes.";
            return EnvelopeWriter.WriteErrorAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ErrorCodes.RequestHeaderFieldsTooLarge, message);
        }

        return next();
    }
}
