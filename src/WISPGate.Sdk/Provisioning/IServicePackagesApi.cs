using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The service package routes as Refit sees them; <see cref="ServicePackagesClient"/> is the public face.</summary>
internal interface IServicePackagesApi
{
    [Get("/api/v1/service-packages")]
    Task<ListEnvelope<ServicePackage>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/service-packages")]
    Task<ApiEnvelope<ServicePackage>> Create([Body] CreateServicePackageRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/service-packages/{id}")]
    Task<ApiEnvelope<ServicePackage>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Patch("/api/v1/service-packages/{id}")]
    Task<ApiEnvelope<ServicePackage>> Update(string id, [Body] UpdateServicePackageRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/service-packages/{id}/archive")]
    Task<ApiEnvelope<ServicePackage>> Archive(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
