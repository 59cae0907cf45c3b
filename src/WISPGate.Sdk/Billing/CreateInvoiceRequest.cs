namespace WISPGate.Sdk.Billing;

/// <summary>The body of <c>POST /api/v1/invoices</c>. Tax uses the subscriber's billing profile tax rate (0 without one).</summary>
public sealed record CreateInvoiceRequest
{
    /// <summary>The subscriber to bill (<c>sub_…</c>).</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The lines (1–100).</summary>
    public required IReadOnlyList<InvoiceLineInput> Lines { get; init; }

    /// <summary>The ISO 4217 currency; the billing profile's when left out.</summary>
    public string? Currency { get; init; }

    /// <summary>When payment is due; from the profile's payment terms when left out.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary><see langword="true"/> to issue it at once (open) instead of as a draft.</summary>
    public bool? Finalize { get; init; }
}
