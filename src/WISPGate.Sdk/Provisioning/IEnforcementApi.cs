using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The enforcement export routes as Refit sees them; <see cref="EnforcementClient"/> is the public face.</summary>
internal interface IEnforcementApi
{
    [Get("/api/v1/enforcement/shaped-devices")]
    Task<ListEnvelope<ShapedDevice>> ListShapedDevices([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    // The compatibility route answers a bare JSON array (no envelope) and authenticates by the form's api_token.
    [Post("/api/libreqos/shaped-devices")]
    Task<List<LibreQosShapedDevice>> ExportLibreQos([Body(BodySerializationMethod.UrlEncoded)] LibreQosExportRequest form, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
