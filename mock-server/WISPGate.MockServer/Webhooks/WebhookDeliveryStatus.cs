namespace WISPGate.MockServer.Webhooks;

/// <summary>Outcome of one delivery attempt.</summary>
internal enum WebhookDeliveryStatus
{
    /// <summary>The receiver answered 2xx in time.</summary>
    Succeeded,

    /// <summary>Anything else: another status, a timeout, a connection error.</summary>
    Failed,
}
