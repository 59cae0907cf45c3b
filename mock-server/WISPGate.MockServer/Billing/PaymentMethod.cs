namespace WISPGate.MockServer.Billing;

/// <summary>How a payment was received.</summary>
internal enum PaymentMethod
{
    /// <summary>Card.</summary>
    Card,

    /// <summary>ACH debit.</summary>
    Ach,

    /// <summary>Cash.</summary>
    Cash,

    /// <summary>Check.</summary>
    Check,

    /// <summary>Bank transfer.</summary>
    BankTransfer,
}
