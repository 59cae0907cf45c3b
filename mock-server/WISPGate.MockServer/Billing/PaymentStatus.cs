namespace WISPGate.MockServer.Billing;

/// <summary>Payment state, from the refunded part: succeeded → partially_refunded → refunded.</summary>
internal enum PaymentStatus
{
    /// <summary>Nothing refunded.</summary>
    Succeeded,

    /// <summary>Part refunded.</summary>
    PartiallyRefunded,

    /// <summary>All refunded.</summary>
    Refunded,
}
