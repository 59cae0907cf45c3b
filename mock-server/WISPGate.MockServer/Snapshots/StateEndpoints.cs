using System.Text;
using Microsoft.AspNetCore.Http;
using WireMock.Server;
using WISPGate.MockServer.Admin;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Hosting;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// <c>GET /__admin/wispgate/state[?tenant=…]</c> answers the state snapshot itself (not in an envelope, so that
/// <c>curl … &gt; snapshot.json</c> gives a file for <c>PUT</c> and <c>--seed</c>); <c>PUT /__admin/wispgate/state</c>
/// loads one and answers what it replaced in the envelope, or 400 <c>malformed_json</c> / 422 <c>validation_error</c>
/// naming every bad entry in <c>error.details</c> (nothing changed). Same admin auth as the rest of
/// <c>/__admin</c>. A snapshot holds signing secrets: WireMock's request log gets neither the PUT body
/// (<see cref="SecretRedactionMiddleware"/>) nor the GET answer (masked to <c>*</c>).
/// </summary>
internal static class StateEndpoints
{
    /// <summary>The path.</summary>
    public const string Path = AdminEndpoints.Prefix + "/state";

    /// <summary>Adds the mappings.</summary>
    public static void Map(WireMockServer server, MockRuntime runtime, Func<HttpContext?> context)
    {
        Add(server, context, "GET", request =>
        {
            var tenant = request.Query.TryGetValue("tenant", out var values) && values.Count > 0 ? values[^1] : null;
            if (tenant is { Length: 0 })
            {
                return ApiResult.Failure(400, ErrorCodes.InvalidParameter, "tenant must name a tenant (or be left out for the whole server).", "tenant");
            }

            if (StateSnapshots.Export(runtime, tenant) is not { } snapshot)
            {
                return ApiResult.Failure(404, ErrorCodes.NotFound, $"The server has no tenant '{tenant}'.", "tenant");
            }

            var result = ApiResult.Raw(200, snapshot, ResponseRenderer.JsonContentType);

            // The whole document is secret-bearing: WireMock's log gets a run of '*' as long as it.
            result.Secrets.Add(Encoding.UTF8.GetString(snapshot));
            return result;
        });

        Add(server, context, "PUT", request =>
        {
            if (request.Connection.BodyTooLarge)
            {
                return ApiResult.Failure(413, ErrorCodes.PayloadTooLarge, $"A state snapshot may be at most {BodyLimits.MaxStateBytes} bytes.");
            }

            try
            {
                var summary = StateSnapshots.Import(runtime, request.Body);
                return ApiResult.Ok(new Dictionary<string, object> { ["imported"] = true, ["scope"] = summary.Scope, ["tenants"] = summary.Tenants });
            }
            catch (InvalidSnapshotException exception)
            {
                var first = exception.Problems[0];
                return ApiResult.Failure(
                    exception.Status,
                    exception.Status == 400 ? ErrorCodes.MalformedJson : ErrorCodes.ValidationError,
                    exception.Message,
                    first.Path.Length == 0 ? null : first.Path,
                    exception.Status == 400 ? null : exception.Problems.Select(p => new ErrorDetail(p.Path, "invalid_state", p.Message)).ToList());
            }
        });
    }

    private static void Add(WireMockServer server, Func<HttpContext?> context, string method, Func<ApiRequest, ApiResult> handler) =>
        AdminEndpoints.Map(server, context, method, Path, handler);
}
