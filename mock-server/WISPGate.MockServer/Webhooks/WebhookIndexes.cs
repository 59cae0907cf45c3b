using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Webhooks;

/// <summary>The webhook collections' indexes.</summary>
internal static class WebhookIndexes
{
    /// <summary>Delivery attempts by endpoint.</summary>
    public static readonly IndexKey<WebhookDelivery> DeliveriesByEndpoint = new("webhook_endpoint_id", d => d.WebhookEndpointId);

    /// <summary>Endpoints by URL (unique per tenant).</summary>
    public static readonly IndexKey<WebhookEndpoint> EndpointsByUrl = new("url", e => e.Url);
}
