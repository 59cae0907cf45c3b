using WISPGate.MockServer.Modules;

namespace WISPGate.MockServer.Webhooks;

/// <summary>
/// Webhook endpoints (an Automation &amp; Support resource) and the real, signed, retried delivery of recorded events
/// to them (<see cref="WebhookDispatcher"/>, one per server, stopped with it).
/// </summary>
internal sealed class WebhooksModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain)
    {
        var dispatcher = new WebhookDispatcher(domain.Host);
        domain
            .StateCollection<WebhookEndpoint>("webhook_endpoints")
            .StateCollection<WebhookDelivery>("webhook_deliveries")
            .OnEventRecorded(dispatcher.Enqueue)
            .OnStop(dispatcher.StopAsync)
            .Map("listWebhookEndpoints", WebhookEndpointHandlers.List)
            .Map("createWebhookEndpoint", WebhookEndpointHandlers.Create)
            .Map("getWebhookEndpoint", WebhookEndpointHandlers.Get)
            .Map("updateWebhookEndpoint", WebhookEndpointHandlers.Update)
            .Map("rotateWebhookEndpointSecret", WebhookEndpointHandlers.RotateSecret)
            .Map("deleteWebhookEndpoint", WebhookEndpointHandlers.Delete)
            .Map("listWebhookDeliveries", WebhookEndpointHandlers.ListDeliveries)
            .MapAsync("testWebhookEndpoint", context => WebhookEndpointHandlers.TestAsync(context, dispatcher))
            .MapAsync("retryWebhookDelivery", context => WebhookEndpointHandlers.RetryDeliveryAsync(context, dispatcher));
    }
}
