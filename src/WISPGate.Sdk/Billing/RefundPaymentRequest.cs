namespace WISPGate.Sdk.Billing;

/// <summary>The optional body of <c>POST /api/v1/payments/{id}/refund</c>. Refunds take unapplied credit first, then reopen the most recent allocations.</summary>
public sealed record RefundPaymentRequest
{
    /// <summary>The amount to refund, in minor units; everything not yet refunded when left out.</summary>
    public long? Amount { get; init; }

    /// <summary>Why, kept on the refund.</summary>
    public string? Reason { get; init; }
}
