using System.Text;
using System.Text.Json.Nodes;
using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Docs;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Gateway;

/// <summary>
/// The public gateway operations: <c>GET /health</c>, <c>GET /api/v1/openapi.json</c> (bare JSON, no envelope)
/// and the API reference pages under <c>/docs</c> (HTML generated from the same document).
/// </summary>
internal sealed class GatewayModule : IDomainModule
{
    private const string HtmlContentType = "text/html; charset=utf-8";
    private static readonly byte[] Healthy = """{"status":"ok"}"""u8.ToArray();
    private static readonly Lazy<ApiReferencePages> Pages =
        new(() => new ApiReferencePages(JsonNode.Parse(ContractDocument.Instance.Bytes)!.AsObject()));

    /// <inheritdoc />
    public void Register(DomainRegistry domain)
    {
        // "Try it" sends real requests with demo tokens: off on a server guarded by an admin token unless asked for.
        var tryIt = domain.Host.Options.DocsTryIt ?? domain.Host.Options.AdminToken is null;
        domain
        .Map("getHealth", _ => ApiResult.Raw(200, Healthy, ResponseRenderer.JsonContentType))
        .Map("getOpenApiDocument", _ => ApiResult.Raw(200, ContractDocument.Instance.Bytes, ResponseRenderer.JsonContentType))
        .Map("getDocsLanding", _ => ApiResult.Raw(200, Encoding.UTF8.GetBytes(Pages.Value.Landing), HtmlContentType))
        .Map("getDocsOperationPage", context =>
        {
            var operationId = context.PathParameter("operation_id");
            return Pages.Value.Operation(operationId, tryIt) is { } page
                ? ApiResult.Raw(200, Encoding.UTF8.GetBytes(page), HtmlContentType)
                : ApiResult.NotFound("operation page", operationId);
        });
    }
}
