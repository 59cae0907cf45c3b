namespace WISPGate.Samples.WebhookReceiver;

/// <summary>The "WebhookReceiver" configuration section.</summary>
public sealed class WebhookReceiverOptions
{
    /// <summary>
    /// The endpoint's signing secret (<c>whsec_…</c>), returned once by <c>POST /api/v1/webhook-endpoints</c> (or by a
    /// secret rotation). Keep it in a secret store; empty when the receiver registers itself and has not stored one yet.
    /// </summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>
    /// The id (<c>whe_…</c>) of this receiver's webhook endpoint, if it registered before. With a <c>WISPGate</c> section
    /// configured, the receiver reuses it on start: it moves the endpoint to its current URL and, when no
    /// <see cref="SigningSecret"/> is configured, rotates the secret — never a second endpoint for the same receiver.
    /// </summary>
    public string? EndpointId { get; set; }

    /// <summary>The URL WISPGate posts to; default: the address this app listens on, plus the webhook route.</summary>
    public Uri? PublicUrl { get; set; }
}
