using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Billing;

/// <summary>The subscriptions routes as Refit sees them; <see cref="SubscriptionsClient"/> is the public face.</summary>
internal interface ISubscriptionsApi
{
    [Get("/api/v1/subscriptions")]
    Task<ListEnvelope<Subscription>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscriptions")]
    Task<ApiEnvelope<Subscription>> Create([Body] CreateSubscriptionRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/subscriptions/{id}")]
    Task<ApiEnvelope<Subscription>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscriptions/{id}/cancel")]
    Task<ApiEnvelope<Subscription>> Cancel(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/subscriptions/{id}/invoice-now")]
    Task<ApiEnvelope<Invoice>> InvoiceNow(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
