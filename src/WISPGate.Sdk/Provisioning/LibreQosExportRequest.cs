using Refit;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The form body of <c>POST /api/libreqos/shaped-devices</c> (<c>application/x-www-form-urlencoded</c>).</summary>
internal sealed class LibreQosExportRequest
{
    /// <summary>The API token with the <c>read</c> scope that authenticates the export.</summary>
    [AliasAs("api_token")]
    public required string ApiToken { get; init; }
}
