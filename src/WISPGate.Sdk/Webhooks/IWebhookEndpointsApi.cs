using Refit;
using WISPGate.Sdk.Http;

namespace WISPGate.Sdk.Webhooks;

/// <summary>The webhook endpoint routes as Refit sees them; <see cref="WebhookEndpointsClient"/> is the public face.</summary>
internal interface IWebhookEndpointsApi
{
    [Get("/api/v1/webhook-endpoints")]
    Task<ListEnvelope<WebhookEndpoint>> List([Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/webhook-endpoints")]
    Task<ApiEnvelope<WebhookEndpoint>> Create([Body] CreateWebhookEndpointRequest request, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/webhook-endpoints/{id}")]
    Task<ApiEnvelope<WebhookEndpoint>> Get(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Delete("/api/v1/webhook-endpoints/{id}")]
    Task Delete(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Post("/api/v1/webhook-endpoints/{id}/test")]
    Task<ApiEnvelope<WebhookDelivery>> Test(string id, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);

    [Get("/api/v1/webhook-endpoints/{id}/deliveries")]
    Task<ListEnvelope<WebhookDelivery>> ListDeliveries(string id, [Query] IDictionary<string, string> query, [Property(WispGateCall.OptionsKey)] WispGateCall call, CancellationToken cancellationToken);
}
