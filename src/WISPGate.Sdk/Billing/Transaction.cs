namespace WISPGate.Sdk.Billing;

/// <summary>One entry of a subscriber's ledger (append-only).</summary>
public sealed partial record Transaction
{
    /// <summary>The WISPGate id, <c>txn_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The subscriber (<c>sub_…</c>).</summary>
    public required string SubscriberId { get; init; }

    /// <summary>Debit or credit; <see cref="TransactionType.Unknown"/> for a value this SDK does not know.</summary>
    public required partial TransactionType Type { get; init; }

    /// <summary>
    /// <see cref="Type"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Type"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? TypeRaw { get; init; }

    /// <summary>What produced it; <see cref="TransactionSource.Unknown"/> for a source this SDK does not know.</summary>
    public required partial TransactionSource Source { get; init; }

    /// <summary>
    /// <see cref="Source"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Source"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? SourceRaw { get; init; }

    /// <summary>The id of the invoice, payment, credit note or refund that produced it.</summary>
    public required string SourceId { get; init; }

    /// <summary>The amount, in minor units (≥ 0; the direction is <see cref="Type"/>).</summary>
    public required long Amount { get; init; }

    /// <summary>The ISO 4217 currency.</summary>
    public required string Currency { get; init; }

    /// <summary>The subscriber's balance after this entry, in minor units (positive: owes money).</summary>
    public required long BalanceAfter { get; init; }

    /// <summary>A human-readable description.</summary>
    public string? Description { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
