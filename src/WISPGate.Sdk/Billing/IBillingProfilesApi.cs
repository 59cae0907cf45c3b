using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Billing;

/// <summary>The billing-profiles routes as Refit sees them; <see cref="BillingProfilesClient"/> is the public face.</summary>
internal interface IBillingProfilesApi
{
    [Get("/api/v1/billing-profiles")]
    Task<ListEnvelope<BillingProfile>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/billing-profiles")]
    Task<ApiEnvelope<BillingProfile>> Create([Body] CreateBillingProfileRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/billing-profiles/{id}")]
    Task<ApiEnvelope<BillingProfile>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
