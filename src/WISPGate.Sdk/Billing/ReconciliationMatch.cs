namespace WISPGate.Sdk.Billing;

/// <summary>One allocation made by a reconciliation run.</summary>
public sealed partial record ReconciliationMatch
{
    /// <summary>The payment (<c>pay_…</c>).</summary>
    public required string PaymentId { get; init; }

    /// <summary>The invoice it was applied to (<c>inv_…</c>).</summary>
    public required string InvoiceId { get; init; }

    /// <summary>The amount applied, in minor units.</summary>
    public required long Amount { get; init; }

    /// <summary>How the match was found; <see cref="ReconciliationMatchedBy.Unknown"/> for a rule this SDK does not know.</summary>
    public required partial ReconciliationMatchedBy MatchedBy { get; init; }

    /// <summary>
    /// <see cref="MatchedBy"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="MatchedBy"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? MatchedByRaw { get; init; }
}
