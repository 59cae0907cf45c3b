namespace WISPGate.MockServer.Webhooks;

/// <summary>Body of rotateWebhookEndpointSecret (optional).</summary>
internal sealed record RotateWebhookSecretRequest(long? ExpirePreviousInSeconds);
