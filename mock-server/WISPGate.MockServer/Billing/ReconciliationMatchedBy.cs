namespace WISPGate.MockServer.Billing;

/// <summary>How a reconciliation run found the invoice of a payment.</summary>
internal enum ReconciliationMatchedBy
{
    /// <summary>The payment reference equals the invoice number.</summary>
    Reference,

    /// <summary>The oldest open invoice of the payment's subscriber.</summary>
    Subscriber,
}
