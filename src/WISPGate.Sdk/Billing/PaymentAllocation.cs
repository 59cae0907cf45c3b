namespace WISPGate.Sdk.Billing;

/// <summary>A part of a payment applied to one invoice.</summary>
public sealed record PaymentAllocation
{
    /// <summary>The invoice (<c>inv_…</c>).</summary>
    public required string InvoiceId { get; init; }

    /// <summary>The amount applied, in minor units (≥ 1).</summary>
    public required long Amount { get; init; }
}
