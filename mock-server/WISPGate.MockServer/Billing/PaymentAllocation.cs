namespace WISPGate.MockServer.Billing;

/// <summary>A part of a payment applied to one invoice (minor units).</summary>
internal sealed record PaymentAllocation(string InvoiceId, long Amount);
