namespace WISPGate.Sdk.Billing;

/// <summary>The body of <c>POST /api/v1/credit-notes</c>. The currency is the invoice's.</summary>
public sealed record CreateCreditNoteRequest
{
    /// <summary>The invoice to credit (<c>inv_…</c>).</summary>
    public required string InvoiceId { get; init; }

    /// <summary>The credit, in minor units (≥ 1, at most the amount due).</summary>
    public required long Amount { get; init; }

    /// <summary>Why, kept on the credit note.</summary>
    public required string Reason { get; init; }
}
