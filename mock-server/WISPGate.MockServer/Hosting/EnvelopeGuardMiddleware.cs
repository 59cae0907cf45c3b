using Microsoft.AspNetCore.Http;
using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// The outermost of the server's middlewares. What fails outside the pipeline — a body Kestrel cannot read (bad chunked
/// encoding, a body ending early), WireMock's own request mapping — is answered with the error envelope instead of
/// WireMock's serialized exception: 413 <c>payload_too_large</c> or 400 <c>malformed_json</c> for Kestrel's request
/// errors, 500 <c>internal_error</c> otherwise. An HTTP/1.0 request without <c>Host</c> gets the local address as its
/// host, as WireMock needs one to build the request URL.
/// </summary>
internal static class EnvelopeGuardMiddleware
{
    /// <summary>Runs the rest of the request, answering its failures with the envelope.</summary>
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!context.Request.Host.HasValue && context.Connection.LocalIpAddress is { } local)
        {
            context.Request.Host = new HostString(local.ToString(), context.Connection.LocalPort);
        }

        try
        {
            await next();
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var (status, code) = exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? (StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge)
                : (StatusCodes.Status400BadRequest, ErrorCodes.MalformedJson);
            context.Response.Clear();
            await EnvelopeWriter.WriteErrorAsync(context, status, code, $"The request body could not be read: {exception.Message}");
        }
#pragma warning disable CA1031 // The contract promises an envelope for every failure, including WireMock's.
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"[WISPGate mock server] {context.Request.Method} {context.Request.Path} failed outside the pipeline: {exception}");
            context.Response.Clear();
            var error = ApiResult.InternalError(exception).Error!;
            await EnvelopeWriter.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, error.Code, error.Message);
        }
    }
}
