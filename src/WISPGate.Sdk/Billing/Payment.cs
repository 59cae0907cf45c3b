namespace WISPGate.Sdk.Billing;

/// <summary>Money received, allocated to invoices; what is not allocated stays as credit (<see cref="UnappliedAmount"/>).</summary>
public sealed partial record Payment
{
    /// <summary>The WISPGate id, <c>pay_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The paying subscriber (<c>sub_…</c>); <see langword="null"/> until it is applied with explicit allocations.</summary>
    public required string? SubscriberId { get; init; }

    /// <summary>The amount received, in minor units.</summary>
    public required long Amount { get; init; }

    /// <summary>The ISO 4217 currency of the amounts.</summary>
    public required string Currency { get; init; }

    /// <summary>How it was received; <see cref="PaymentMethod.Unknown"/> for a method this SDK does not know.</summary>
    public required partial PaymentMethod Method { get; init; }

    /// <summary>
    /// <see cref="Method"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Method"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? MethodRaw { get; init; }

    /// <summary>The payer's reference (reconciliation matches it against invoice numbers).</summary>
    public string? Reference { get; init; }

    /// <summary>When the money was received (UTC).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The part not allocated to invoices (credit), in minor units.</summary>
    public required long UnappliedAmount { get; init; }

    /// <summary>The part refunded so far, in minor units.</summary>
    public long? RefundedAmount { get; init; }

    /// <summary>The parts applied to invoices.</summary>
    public required IReadOnlyList<PaymentAllocation> Allocations { get; init; }

    /// <summary>The state; <see cref="PaymentStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial PaymentStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
