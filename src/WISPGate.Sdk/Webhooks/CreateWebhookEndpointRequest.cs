namespace WISPGate.Sdk.Webhooks;

/// <summary>The body of <c>POST /api/v1/webhook-endpoints</c> (the same URL twice → 409 <c>duplicate_webhook_endpoint</c>).</summary>
public sealed record CreateWebhookEndpointRequest
{
    /// <summary>Where to POST events: an http or https URL (else 422).</summary>
    public required string Url { get; init; }

    /// <summary>A note about the receiver.</summary>
    public string? Description { get; init; }

    /// <summary>The event types to receive (wire names such as <c>invoice.paid</c>), or <c>[WebhookEndpoint.AllEvents]</c> for all.</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>Whether to deliver at once; the API defaults to <see langword="true"/>.</summary>
    public bool? Enabled { get; init; }
}
