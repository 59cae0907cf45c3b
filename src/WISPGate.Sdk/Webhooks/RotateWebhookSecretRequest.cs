namespace WISPGate.Sdk.Webhooks;

/// <summary>The (optional) body of <c>POST /api/v1/webhook-endpoints/{id}/rotate-secret</c>.</summary>
public sealed record RotateWebhookSecretRequest
{
    /// <summary>
    /// How long deliveries stay signed with the previous secret too, in seconds (0 = at once, at most 7 days); the API's
    /// default is 86,400 (24 h).
    /// </summary>
    public int? ExpirePreviousInSeconds { get; init; }
}
