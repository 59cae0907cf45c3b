using System.Text.Json;
using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Webhooks;

/// <summary>
/// listWebhookEndpoints, createWebhookEndpoint, getWebhookEndpoint, deleteWebhookEndpoint, testWebhookEndpoint,
/// listWebhookDeliveries. Only absolute http(s) URLs outside any admin API (422, <see cref="OutboundUrl"/>), one endpoint per URL (409 <c>duplicate_webhook_endpoint</c>);
/// the signing secret appears in the create response only.
/// </summary>
internal static class WebhookEndpointHandlers
{
    private const string Resource = "webhook endpoint";

    /// <summary>GET /api/v1/webhook-endpoints.</summary>
    public static ApiResult List(OperationContext context) => context.Page(context.Collection<WebhookEndpoint>());

    /// <summary>POST /api/v1/webhook-endpoints: 201 with the secret, this once.</summary>
    public static ApiResult Create(OperationContext context)
    {
        var request = context.ReadBody<CreateWebhookEndpointRequest>();
        if (OutboundUrl.Problem(request.Url) is { } problem)
        {
            return ApiResult.Invalid("url", "unsupported_url", problem);
        }

        var endpoints = context.Collection<WebhookEndpoint>();
        if (endpoints.Index(WebhookIndexes.EndpointsByUrl).Any(request.Url))
        {
            return ApiResult.Failure(409, ErrorCodes.DuplicateWebhookEndpoint, "A webhook endpoint with this url already exists.", "url");
        }

        var secret = WebhookSignature.NewSecret();
        var endpoint = endpoints.Add(new WebhookEndpoint
        {
            Id = context.NewId("whe"),
            Url = request.Url,
            Description = request.Description,
            Events = request.Events,
            Enabled = request.Enabled ?? true,
            SigningSecret = secret,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
        });
        var created = ApiResult.Created(endpoint with { Secret = secret }, $"/api/v1/webhook-endpoints/{endpoint.Id}");
        created.Secrets.Add(secret);
        return created;
    }

    /// <summary>GET /api/v1/webhook-endpoints/{id} (no secret).</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<WebhookEndpoint>(context.Id, Resource));

    /// <summary>DELETE /api/v1/webhook-endpoints/{id}: deliveries stop (pending retries end); its delivery log goes with it.</summary>
    public static ApiResult Delete(OperationContext context)
    {
        var endpoint = context.Require<WebhookEndpoint>(context.Id, Resource);
        context.Collection<WebhookEndpoint>().Remove(endpoint.Id);
        var deliveries = context.Collection<WebhookDelivery>();
        foreach (var delivery in deliveries.Index(WebhookIndexes.DeliveriesByEndpoint).OldestFirst(endpoint.Id).ToList())
        {
            deliveries.Remove(delivery.Id);
        }

        return ApiResult.NoContent();
    }

    /// <summary>GET /api/v1/webhook-endpoints/{id}/deliveries: attempts newest first; filters event_id, status.</summary>
    public static ApiResult ListDeliveries(OperationContext context)
    {
        var endpoint = context.Require<WebhookEndpoint>(context.Id, Resource);
        return context.Page(
            context.Collection<WebhookDelivery>().Where(WebhookIndexes.DeliveriesByEndpoint, endpoint.Id),
            d => d.WebhookEndpointId == endpoint.Id
                && context.Query.Matches("event_id", d.EventId)
                && context.Query.Matches("status", WireJson.Name(d.Status)));
    }

    /// <summary>
    /// POST /api/v1/webhook-endpoints/{id}/test: one signed <c>ping</c> (<c>data.object</c> is <c>{}</c>) sent now, enabled
    /// or not, answered with the attempt (200) whatever the receiver said. The ping is not an event of the event log.
    /// </summary>
    public static async ValueTask<ApiResult> TestAsync(OperationContext context, WebhookDispatcher dispatcher)
    {
        WebhookEndpoint endpoint;
        DomainEvent ping;
        lock (context.Tenant.Gate)
        {
            endpoint = context.Require<WebhookEndpoint>(context.Id, Resource);
            var data = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["object"] = new Dictionary<string, object>() });
            ping = new DomainEvent(context.NewId("evt"), "ping", context.Now, context.Tenant.Id, data);
        }

        return ApiResult.Ok(await dispatcher.SendNowAsync(context.State, context.Tenant, endpoint, ping));
    }
}
