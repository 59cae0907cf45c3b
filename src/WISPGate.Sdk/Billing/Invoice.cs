namespace WISPGate.Sdk.Billing;

/// <summary>An invoice. Amounts are integers in minor units of the one <see cref="Currency"/>.</summary>
public sealed partial record Invoice
{
    /// <summary>The WISPGate id, <c>inv_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The human-facing invoice number, e.g. <c>INV-000301</c> (payment references match it).</summary>
    public required string Number { get; init; }

    /// <summary>The subscriber billed (<c>sub_…</c>).</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The subscription (<c>sbn_…</c>) that issued it; <see langword="null"/> for a one-off invoice.</summary>
    public string? SubscriptionId { get; init; }

    /// <summary>The lines (at least one).</summary>
    public required IReadOnlyList<InvoiceLine> Lines { get; init; }

    /// <summary>The sum of the line amounts, in minor units.</summary>
    public required long Subtotal { get; init; }

    /// <summary>The tax, in minor units.</summary>
    public required long Tax { get; init; }

    /// <summary>The tax rate applied, in basis points.</summary>
    public int? TaxRateBps { get; init; }

    /// <summary>Subtotal plus tax, in minor units.</summary>
    public required long Total { get; init; }

    /// <summary>What payments have covered so far, in minor units.</summary>
    public required long AmountPaid { get; init; }

    /// <summary>What issued credit notes have covered so far, in minor units: <c>amount_due = total − amount_paid − amount_credited</c>.</summary>
    public required long AmountCredited { get; init; }

    /// <summary>What is still owed, in minor units.</summary>
    public required long AmountDue { get; init; }

    /// <summary>The ISO 4217 currency of every amount.</summary>
    public required string Currency { get; init; }

    /// <summary>When payment is due.</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>The lifecycle state; <see cref="InvoiceStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial InvoiceStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>Whether it is open (or uncollectible) past its due date.</summary>
    public required bool Overdue { get; init; }

    /// <summary>When it was finalized (UTC).</summary>
    public DateTimeOffset? FinalizedAt { get; init; }

    /// <summary>When it was paid in full (UTC).</summary>
    public DateTimeOffset? PaidAt { get; init; }

    /// <summary>When it was voided (UTC).</summary>
    public DateTimeOffset? VoidedAt { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
