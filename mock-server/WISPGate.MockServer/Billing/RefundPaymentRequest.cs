namespace WISPGate.MockServer.Billing;

/// <summary>Optional body of refundPayment (default: everything not yet refunded).</summary>
internal sealed record RefundPaymentRequest(long? Amount, string? Reason);
