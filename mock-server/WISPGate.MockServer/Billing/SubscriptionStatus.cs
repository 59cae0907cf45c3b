namespace WISPGate.MockServer.Billing;

/// <summary>Subscription state: active → cancelled (final).</summary>
internal enum SubscriptionStatus
{
    /// <summary>Billed every period.</summary>
    Active,

    /// <summary>No further invoices.</summary>
    Cancelled,
}
