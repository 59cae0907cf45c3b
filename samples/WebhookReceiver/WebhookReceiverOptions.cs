namespace WISPGate.Samples.WebhookReceiver;

/// <summary>The "WebhookReceiver" configuration section.</summary>
public sealed class WebhookReceiverOptions
{
    /// <summary>The endpoint's signing secret (<c>whsec_…</c>), returned once by <c>POST /api/v1/webhook-endpoints</c>.</summary>
    public string SigningSecret { get; set; } = string.Empty;
}
