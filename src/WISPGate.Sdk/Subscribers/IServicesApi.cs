using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Subscribers;

/// <summary>The service routes of the Subscribers &amp; CRM area as Refit sees them; <see cref="ServicesClient"/> is the public face.</summary>
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
}
