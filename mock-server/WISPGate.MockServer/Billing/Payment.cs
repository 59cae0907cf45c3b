using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// Money received (<c>pay_…</c>). Always <c>sum(allocations) + unapplied_amount + refunded_amount = amount</c>:
/// <see cref="UnappliedAmount"/> and <see cref="Status"/> are derived from the allocations and refunds.
/// </summary>
internal sealed record Payment : IBillingRecord
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The paying subscriber; null for an unidentified receipt until it is applied or reconciled.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SubscriberId { get; init; }

    /// <summary>Amount received.</summary>
    public required long Amount { get; init; }

    /// <summary>ISO 4217 currency.</summary>
    public required string Currency { get; init; }

    /// <summary>How it was received.</summary>
    public required PaymentMethod Method { get; init; }

    /// <summary>Bank or processor reference (reconciliation compares it with invoice numbers).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Reference { get; init; }

    /// <summary>When the money was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The part not allocated and not refunded (credit).</summary>
    public long UnappliedAmount => Amount - Allocations.Sum(a => a.Amount) - RefundedAmount;

    /// <summary>Total refunded.</summary>
    public long RefundedAmount { get; init; }

    /// <summary>Allocations to invoices, oldest first (one per invoice).</summary>
    public IReadOnlyList<PaymentAllocation> Allocations { get; init; } = [];

    /// <summary>State, from the refunded part.</summary>
    public PaymentStatus Status => RefundedAmount == 0 ? PaymentStatus.Succeeded
        : RefundedAmount >= Amount ? PaymentStatus.Refunded
        : PaymentStatus.PartiallyRefunded;

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }
}
