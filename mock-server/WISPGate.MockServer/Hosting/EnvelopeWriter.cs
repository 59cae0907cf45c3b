using Microsoft.AspNetCore.Http;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Hosting;

/// <summary>Writes the contract's error envelope from a middleware that answers before the pipeline.</summary>
internal static class EnvelopeWriter
{
    /// <summary>
    /// Answers with an error envelope and <c>X-Request-ID</c> (the client's when safe, else a new one), by default closing
    /// the connection afterwards: the rest of such a request is not read.
    /// </summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message, bool closeConnection = true)
    {
        var requestId = RequestIds.FromClient(context.Request.Headers[WireHeaders.RequestId].ToString());
        context.Response.StatusCode = status;
        context.Response.ContentType = ResponseRenderer.JsonContentType;
        context.Response.Headers[WireHeaders.RequestId] = requestId;
        if (closeConnection)
        {
            context.Response.Headers.Connection = "close";
        }

        return context.Response.WriteAsync(ResponseRenderer.RenderError(new ApiError(code, message), requestId), context.RequestAborted);
    }
}
