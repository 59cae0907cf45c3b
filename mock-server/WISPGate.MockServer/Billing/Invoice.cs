using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// An invoice (<c>inv_…</c>) in one currency, amounts in minor units. <see cref="AmountDue"/> is derived:
/// <c>total − amount_paid − amount_credited</c>, 0 once void. <see cref="Overdue"/> depends on the clock and is filled
/// in when rendered (<see cref="InvoiceViews"/>).
/// </summary>
internal sealed record Invoice : IBillingRecord
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>Sequential number per tenant (<c>INV-000001</c>); reconciliation matches payment references to it.</summary>
    public required string Number { get; init; }

    /// <summary>The subscriber billed.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The subscription that issued it (null for one-off invoices).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SubscriptionId { get; init; }

    /// <summary>Lines.</summary>
    public required IReadOnlyList<InvoiceLine> Lines { get; init; }

    /// <summary>Sum of the line amounts.</summary>
    public required long Subtotal { get; init; }

    /// <summary><c>round(subtotal × tax_rate_bps / 10000)</c>, half away from zero.</summary>
    public required long Tax { get; init; }

    /// <summary>Tax rate applied.</summary>
    public int TaxRateBps { get; init; }

    /// <summary><c>subtotal + tax</c>.</summary>
    public required long Total { get; init; }

    /// <summary>Allocated by payments.</summary>
    public long AmountPaid { get; init; }

    /// <summary>Credited by issued credit notes.</summary>
    public long AmountCredited { get; init; }

    /// <summary><c>total − amount_paid − amount_credited</c>; 0 once void.</summary>
    public long AmountDue => Status == InvoiceStatus.Void ? 0 : Total - AmountPaid - AmountCredited;

    /// <summary>ISO 4217 currency.</summary>
    public required string Currency { get; init; }

    /// <summary>Due date (for a draft without a requested one: provisional, set again at finalization).</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>State.</summary>
    public required InvoiceStatus Status { get; init; }

    /// <summary>Open or uncollectible with an amount due past the due date; set when rendered.</summary>
    public bool Overdue { get; init; }

    /// <summary>When it was finalized.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? FinalizedAt { get; init; }

    /// <summary>When nothing was due any more.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? PaidAt { get; init; }

    /// <summary>When it was voided.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? VoidedAt { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The due date the creator asked for (internal); without one finalization sets it from the payment terms.</summary>
    [JsonIgnore]
    public DateOnly? RequestedDueDate { get; init; }

    /// <summary>Whether it was ever marked uncollectible (internal): reopened, it goes back to uncollectible.</summary>
    [JsonIgnore]
    public bool WrittenOff { get; init; }

    /// <summary>Whether its <c>invoice.overdue</c> event was recorded (internal; once per invoice).</summary>
    [JsonIgnore]
    public bool OverdueRecorded { get; init; }

    /// <summary>Whether money is owed on it: open or uncollectible.</summary>
    [JsonIgnore]
    public bool IsReceivable => Status is InvoiceStatus.Open or InvoiceStatus.Uncollectible;

    /// <summary>Whether it is overdue on <paramref name="today"/>: receivable, something due, due date passed.</summary>
    public bool IsOverdueOn(DateOnly today) => IsReceivable && AmountDue > 0 && today > DueDate;
}
