namespace WISPGate.MockServer.Billing;

/// <summary>How often a subscription invoices.</summary>
internal enum SubscriptionInterval
{
    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Every three months.</summary>
    Quarterly,

    /// <summary>Every twelve months.</summary>
    Yearly,
}
