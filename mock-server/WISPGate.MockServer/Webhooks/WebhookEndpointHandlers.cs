using System.Text.Json;
using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Outbound;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Wire;

namespace WISPGate.MockServer.Webhooks;

/// <summary>
/// listWebhookEndpoints, createWebhookEndpoint, getWebhookEndpoint, updateWebhookEndpoint, deleteWebhookEndpoint,
/// rotateWebhookEndpointSecret, testWebhookEndpoint, listWebhookDeliveries, retryWebhookDelivery. Only absolute http(s)
/// URLs outside any admin API (422, <see cref="OutboundUrl"/>), one endpoint per URL (409 <c>duplicate_webhook_endpoint</c>),
/// on create and update alike; a signing secret appears in the create and rotate-secret responses only.
/// </summary>
internal static class WebhookEndpointHandlers
{
    private const string Resource = "webhook endpoint";
    private const long DefaultRotationSeconds = 86_400;

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
        return ApiResult.Created(endpoint with { Secret = secret }, $"/api/v1/webhook-endpoints/{endpoint.Id}").ShowingSecret(secret);
    }

    /// <summary>GET /api/v1/webhook-endpoints/{id} (no secret).</summary>
    public static ApiResult Get(OperationContext context) => ApiResult.Ok(context.Require<WebhookEndpoint>(context.Id, Resource));

    /// <summary>
    /// PATCH /api/v1/webhook-endpoints/{id}: url, description, events, enabled (merge patch). The create's url rules
    /// apply; disabling stops deliveries (the dispatcher queues nothing for it and skips its pending retries).
    /// </summary>
    public static ApiResult Update(OperationContext context)
    {
        var current = context.Require<WebhookEndpoint>(context.Id, Resource);
        var updated = context.MergePatch(current) with
        {
            // Never serialized, so the patch's round trip does not carry them: keep them.
            SigningSecret = current.SigningSecret,
            PreviousSigningSecret = current.PreviousSigningSecret,
            Secret = null,
            UpdatedAt = context.Now,
        };
        if (OutboundUrl.Problem(updated.Url) is { } problem)
        {
            return ApiResult.Invalid("url", "unsupported_url", problem);
        }

        var endpoints = context.Collection<WebhookEndpoint>();
        if (endpoints.Index(WebhookIndexes.EndpointsByUrl).HasOther(updated.Url, current.Id))
        {
            return ApiResult.Failure(409, ErrorCodes.DuplicateWebhookEndpoint, "A webhook endpoint with this url already exists.", "url");
        }

        return ApiResult.Ok(endpoints.Replace(updated));
    }

    /// <summary>
    /// POST /api/v1/webhook-endpoints/{id}/rotate-secret: a new secret, shown this once; the previous one also signs
    /// until now + <c>expire_previous_in_seconds</c> (default 24 h, server clock; 0 ends it at once).
    /// </summary>
    public static ApiResult RotateSecret(OperationContext context)
    {
        var seconds = (context.Request.ParsedBody is null ? null : context.ReadBody<RotateWebhookSecretRequest>().ExpirePreviousInSeconds) ?? DefaultRotationSeconds;
        var current = context.Require<WebhookEndpoint>(context.Id, Resource);
        var secret = WebhookSignature.NewSecret();
        var rotated = context.Collection<WebhookEndpoint>().Replace(current with
        {
            SigningSecret = secret,
            PreviousSigningSecret = seconds > 0 ? current.SigningSecret : null,
            PreviousSecretExpiresAt = seconds > 0 ? context.Now.AddSeconds(seconds) : null,
            UpdatedAt = context.Now,
        });
        return ApiResult.Ok(rotated with { Secret = secret }).ShowingSecret(secret);
    }

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

    /// <summary>
    /// POST /api/v1/webhook-deliveries/{id}/retry: the delivery's event sent again now to its endpoint (the same event id
    /// and body, signed with the endpoint's current secrets), recorded and answered as a new attempt (200) whatever the
    /// receiver said. A disabled endpoint, or an event no longer in the event log → 409.
    /// </summary>
    public static async ValueTask<ApiResult> RetryDeliveryAsync(OperationContext context, WebhookDispatcher dispatcher)
    {
        WebhookEndpoint endpoint;
        DomainEvent recorded;
        int attempt;
        lock (context.Tenant.Gate)
        {
            var delivery = context.Require<WebhookDelivery>(context.Id, "webhook delivery");
            endpoint = context.Require<WebhookEndpoint>(delivery.WebhookEndpointId, Resource);
            if (!endpoint.Enabled)
            {
                return ApiResult.InvalidTransition("The webhook endpoint is disabled: enable it (updateWebhookEndpoint) before retrying its deliveries.", "enabled");
            }

            if (delivery.EventType == "ping")
            {
                // Test pings are not events of the log: the same ping again.
                var data = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["object"] = new Dictionary<string, object>() });
                recorded = new DomainEvent(delivery.EventId, "ping", delivery.CreatedAt, context.Tenant.Id, data);
            }
            else if (context.Collection<DomainEvent>().Find(delivery.EventId) is { } found)
            {
                recorded = found;
            }
            else
            {
                return ApiResult.InvalidTransition($"The event {delivery.EventId} is no longer in the event log, so it cannot be sent again.", "event_id");
            }

            attempt = context.Collection<WebhookDelivery>().Index(WebhookIndexes.DeliveriesByEndpoint).OldestFirst(endpoint.Id)
                .Where(d => d.EventId == delivery.EventId)
                .Max(d => d.Attempt) + 1;
        }

        return ApiResult.Ok(await dispatcher.SendNowAsync(context.State, context.Tenant, endpoint, recorded, attempt));
    }
}
