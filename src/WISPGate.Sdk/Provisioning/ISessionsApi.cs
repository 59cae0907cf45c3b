using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Provisioning;

/// <summary>The session routes as Refit sees them; <see cref="SessionsClient"/> is the public face.</summary>
internal interface ISessionsApi
{
    [Get("/api/v1/sessions")]
    Task<ListEnvelope<Session>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/sessions/{id}")]
    Task<ApiEnvelope<Session>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/sessions/{id}/disconnect")]
    Task<ApiEnvelope<ProvisioningJob>> Disconnect(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/sessions/{id}/coa")]
    Task<ApiEnvelope<ProvisioningJob>> SendCoa(string id, [Body] SessionCoaRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
