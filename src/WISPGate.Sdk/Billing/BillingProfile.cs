namespace WISPGate.Sdk.Billing;

/// <summary>A finance configuration subscribers are billed under: currency, billing day, payment terms and tax rate.</summary>
public sealed record BillingProfile
{
    /// <summary>The WISPGate id, <c>bp_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The profile's name.</summary>
    public required string Name { get; init; }

    /// <summary>The ISO 4217 currency of its invoices, e.g. <c>USD</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>The day of the month (1–28) subscriptions invoice on.</summary>
    public required int BillingDay { get; init; }

    /// <summary>Days from issue to due date (0–365).</summary>
    public required int PaymentTermsDays { get; init; }

    /// <summary>The tax rate in basis points (825 = 8.25 %).</summary>
    public required int TaxRateBps { get; init; }

    /// <summary>When the profile was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the profile last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
