namespace WISPGate.Sdk.Billing;

/// <summary>The body of <c>POST /api/v1/payments</c>: set <see cref="Allocations"/>, or <see cref="AutoApply"/> to pay the oldest open invoices first; what is left stays as credit.</summary>
public sealed partial record CreatePaymentRequest
{
    /// <summary>The paying subscriber (<c>sub_…</c>); may stay unknown until the payment is applied.</summary>
    public string? SubscriberId { get; init; }

    /// <summary>The amount received, in minor units (≥ 1).</summary>
    public required long Amount { get; init; }

    /// <summary>The ISO 4217 currency.</summary>
    public required string Currency { get; init; }

    /// <summary>How it was received.</summary>
    public required partial PaymentMethod Method { get; init; }

    /// <summary>
    /// <see cref="Method"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Method"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? MethodRaw { get; init; }

    /// <summary>The payer's reference, e.g. the invoice number they quoted.</summary>
    public string? Reference { get; init; }

    /// <summary>When the money was received; now when left out.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>Explicit allocations to invoices (up to 100).</summary>
    public IReadOnlyList<PaymentAllocation>? Allocations { get; init; }

    /// <summary><see langword="true"/> to allocate to the subscriber's oldest open invoices first.</summary>
    public bool? AutoApply { get; init; }
}
