using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Hosting;

/// <summary>
/// Guards <c>/__admin</c> — WireMock's admin API and the WISPGate admin endpoints — decided on the path WireMock will
/// route (<see cref="CanonicalPath"/>), so no encoded spelling slips past:
/// with <c>--admin-token</c> every admin request needs <c>Authorization: Bearer &lt;admin token&gt;</c> (compared in
/// constant time), and WireMock's endpoints that touch files (or settings that turn file writes on) answer 403 unless
/// <c>--admin-file-api</c> allows them.
/// </summary>
internal static class AdminGuardMiddleware
{
    // Canonical prefixes of WireMock's admin endpoints that read or write files in the working directory.
    private static readonly string[] FileApiPrefixes = ["/__admin/files", "/__admin/mappings/save", "/__admin/mappings/reloadStaticMappings", "/__admin/openapi/save"];

    /// <summary>Guards one request.</summary>
    public static Task InvokeAsync(HttpContext context, Func<Task> next, WispGateMockServerOptions options)
    {
        var path = context.Request.PathBase.Add(context.Request.Path).Value ?? "/";
        if (!CanonicalPath.IsAdmin(path))
        {
            return next();
        }

        if (options.AdminToken is { } adminToken && !IsAuthorized(context, adminToken))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return EnvelopeWriter.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, "The admin API needs Authorization: Bearer <admin token>.", closeConnection: false);
        }

        if (!options.AdminFileApi && TouchesFiles(context.Request.Method, CanonicalPath.Of(path)))
        {
            return EnvelopeWriter.WriteErrorAsync(context, StatusCodes.Status403Forbidden, ErrorCodes.AdminFileApiDisabled, "WireMock's file API (and settings changes) are off: start the server with --admin-file-api to use them.", closeConnection: false);
        }

        return next();
    }

    private static bool TouchesFiles(string method, string? canonical) =>
        canonical is null
        || FileApiPrefixes.Any(prefix => canonical.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || (canonical.StartsWith("/__admin/settings", StringComparison.OrdinalIgnoreCase) && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method));

    private static bool IsAuthorized(HttpContext context, string adminToken) =>
        BearerToken.Parse(context.Request.Headers.Authorization.ToString()) is { } presented
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(adminToken));
}
