namespace WISPGate.Sdk.Billing;

/// <summary>Money returned from a payment.</summary>
public sealed record Refund
{
    /// <summary>The WISPGate id, <c>ref_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The payment refunded (<c>pay_…</c>).</summary>
    public required string PaymentId { get; init; }

    /// <summary>The amount returned, in minor units.</summary>
    public required long Amount { get; init; }

    /// <summary>The ISO 4217 currency.</summary>
    public required string Currency { get; init; }

    /// <summary>Why, when given.</summary>
    public string? Reason { get; init; }

    /// <summary>When it was made (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
