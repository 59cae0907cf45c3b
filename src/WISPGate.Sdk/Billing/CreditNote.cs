namespace WISPGate.Sdk.Billing;

/// <summary>A credit against an invoice: lowers its amount due (the invoice becomes paid when it reaches 0).</summary>
public sealed partial record CreditNote
{
    /// <summary>The WISPGate id, <c>cn_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The invoice credited (<c>inv_…</c>).</summary>
    public required string InvoiceId { get; init; }

    /// <summary>The invoice's subscriber (<c>sub_…</c>).</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The credit, in minor units.</summary>
    public required long Amount { get; init; }

    /// <summary>The ISO 4217 currency (the invoice's).</summary>
    public required string Currency { get; init; }

    /// <summary>Why it was issued.</summary>
    public required string Reason { get; init; }

    /// <summary>The state; <see cref="CreditNoteStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial CreditNoteStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>When it was issued (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was voided (UTC).</summary>
    public DateTimeOffset? VoidedAt { get; init; }
}
