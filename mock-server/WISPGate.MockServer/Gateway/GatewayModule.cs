using WISPGate.MockServer.Contract;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Gateway;

/// <summary>The public gateway operations: <c>GET /health</c> and <c>GET /api/v1/openapi.json</c> (bare JSON, no envelope).</summary>
internal sealed class GatewayModule : IDomainModule
{
    private static readonly byte[] Healthy = """{"status":"ok"}"""u8.ToArray();

    /// <inheritdoc />
    public void Register(DomainRegistry domain) => domain
        .Map("getHealth", _ => ApiResult.Raw(200, Healthy, ResponseRenderer.JsonContentType))
        .Map("getOpenApiDocument", _ => ApiResult.Raw(200, ContractDocument.Instance.Bytes, ResponseRenderer.JsonContentType));
}
