using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The device inventory routes as Refit sees them; <see cref="DevicesClient"/> is the public face.</summary>
internal interface IDevicesApi
{
    [Get("/api/v1/devices")]
    Task<ListEnvelope<Device>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/devices")]
    Task<ApiEnvelope<Device>> Create([Body] CreateDeviceRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/devices/{id}")]
    Task<ApiEnvelope<Device>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Patch("/api/v1/devices/{id}")]
    Task<ApiEnvelope<Device>> Update(string id, [Body] UpdateDeviceRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
