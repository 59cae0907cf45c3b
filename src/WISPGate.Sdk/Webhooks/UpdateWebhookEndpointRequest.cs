namespace WISPGate.Sdk.Webhooks;

/// <summary>
/// The body of <c>PATCH /api/v1/webhook-endpoints/{id}</c>. Only the properties you assign are sent; assigning
/// <see langword="null"/> clears <see cref="Description"/> (<see cref="PatchRequest"/>). The url rules of
/// <see cref="IWebhookEndpointsClient.CreateAsync"/> apply (422 <c>unsupported_url</c>, 409 <c>duplicate_webhook_endpoint</c>).
/// </summary>
public sealed record UpdateWebhookEndpointRequest : PatchRequest
{
    /// <summary>A new receiver URL (http or https).</summary>
    public string? Url { get => Get<string?>(); set => Set(value); }

    /// <summary>A new note about the receiver; <see langword="null"/> clears it.</summary>
    public string? Description { get => Get<string?>(); set => Set(value); }

    /// <summary>The event types to receive (wire names such as <c>invoice.paid</c>), or <c>["*"]</c> (<see cref="WebhookEndpoint.AllEvents"/>) for all.</summary>
    public IReadOnlyList<string>? Events { get => Get<IReadOnlyList<string>?>(); set => Set(value); }

    /// <summary><see langword="false"/> stops deliveries (events are not queued for the endpoint while it is disabled).</summary>
    public bool? Enabled { get => Get<bool?>(); set => Set(value); }
}
