namespace WISPGate.Samples.WebhookReceiver;

/// <summary>Where the sample receives deliveries (mapped with <c>MapWispGateWebhooks</c> in Program.cs).</summary>
public static class WebhookEndpoints
{
    /// <summary>The route the sample listens on.</summary>
    public const string Route = "/webhooks/wispgate";
}
