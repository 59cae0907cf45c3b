using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// With <c>--admin-token</c>, every <c>/__admin</c> path — WireMock's own admin API and the WISPGate admin
/// endpoints alike — requires <c>Authorization: Bearer &lt;admin token&gt;</c> (compared in constant time).
/// </summary>
internal static class AdminTokenMiddleware
{
    /// <summary>The path prefix it guards.</summary>
    public const string AdminPrefix = "/__admin";

    /// <summary>Guards one request.</summary>
    public static async Task InvokeAsync(HttpContext context, Func<Task> next, string? adminToken)
    {
        if (adminToken is null || !context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.OrdinalIgnoreCase) || IsAuthorized(context, adminToken))
        {
            await next();
            return;
        }

        var requestId = RequestIdStep.NewId();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = ResponseRenderer.JsonContentType;
        context.Response.Headers["X-Request-ID"] = requestId;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        var error = new ApiError(ErrorCodes.Unauthorized, "The admin API needs Authorization: Bearer <admin token>.");
        await context.Response.WriteAsync(ResponseRenderer.RenderError(error, requestId), context.RequestAborted);
    }

    private static bool IsAuthorized(HttpContext context, string adminToken)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(adminToken);
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
