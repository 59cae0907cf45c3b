namespace WISPGate.Sdk.Webhooks;

/// <summary>A registered receiver of signed event deliveries.</summary>
public sealed record WebhookEndpoint
{
    /// <summary>The subscription to every event type, <c>["*"]</c>.</summary>
    public const string AllEvents = "*";

    /// <summary>The WISPGate id, <c>whe_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Where events are POSTed (http or https).</summary>
    public required string Url { get; init; }

    /// <summary>A note about the receiver.</summary>
    public string? Description { get; init; }

    /// <summary>The subscribed event types (wire names such as <c>invoice.paid</c>), or <c>["*"]</c> for all.</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>Whether events are delivered.</summary>
    public required bool Enabled { get; init; }

    /// <summary>
    /// The signing secret (<c>whsec_…</c>) for <see cref="WebhookSignatureVerifier"/>. Only the response of
    /// <see cref="IWebhookEndpointsClient.CreateAsync"/> and <see cref="IWebhookEndpointsClient.RotateSecretAsync"/> carry it —
    /// store it then; it is never returned again.
    /// </summary>
    public string? Secret { get; init; }

    /// <summary>When the endpoint was registered (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the endpoint last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// Until when deliveries are also signed with the previous secret (after <see cref="IWebhookEndpointsClient.RotateSecretAsync"/>);
    /// <see langword="null"/> when only one secret signs. Until then either secret verifies a delivery
    /// (<see cref="WebhookSignatureVerifier"/> accepts any matching <c>v1=</c> signature).
    /// </summary>
    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }
}
