using Refit;
using WISPGate.Sdk.Http;
using WISPGate.Sdk.Provisioning;

namespace WISPGate.Sdk.Subscribers;

/// <summary>The service routes (Subscribers &amp; CRM, and the Network &amp; Provisioning actions) as Refit sees them; <see cref="ServicesClient"/> is the public face.</summary>
internal interface IServicesApi
{
    [Get("/api/v1/services")]
    Task<ListEnvelope<Service>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/services")]
    Task<ApiEnvelope<Service>> Create([Body] CreateServiceRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/services/{id}")]
    Task<ApiEnvelope<Service>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Patch("/api/v1/services/{id}")]
    Task<ApiEnvelope<Service>> Update(string id, [Body] UpdateServiceRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/services/{id}/activate")]
    Task<ApiEnvelope<ProvisioningJob>> Activate(string id, [Body] ServiceActionRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/services/{id}/suspend")]
    Task<ApiEnvelope<ProvisioningJob>> Suspend(string id, [Body] ServiceActionRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/services/{id}/resume")]
    Task<ApiEnvelope<ProvisioningJob>> Resume(string id, [Body] ServiceActionRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/services/{id}/terminate")]
    Task<ApiEnvelope<ProvisioningJob>> Terminate(string id, [Body] ServiceActionRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/services/{id}/change-package")]
    Task<ApiEnvelope<ProvisioningJob>> ChangePackage(string id, [Body] ChangeServicePackageRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/services/{id}/aaa")]
    Task<ApiEnvelope<AaaAccount>> GetAaa(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/services/{id}/devices")]
    Task<ApiEnvelope<Service>> BindDevice(string id, [Body] BindDeviceRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Delete("/api/v1/services/{id}/devices/{device_id}")]
    Task UnbindDevice(string id, [AliasAs("device_id")] string deviceId, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
