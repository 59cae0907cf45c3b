namespace WISPGate.Sdk.Billing;

/// <summary>The body of <c>POST /api/v1/billing-profiles</c>.</summary>
public sealed record CreateBillingProfileRequest
{
    /// <summary>The profile's name.</summary>
    public required string Name { get; init; }

    /// <summary>The ISO 4217 currency, upper case, e.g. <c>USD</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>The day of the month (1–28) subscriptions invoice on; the API defaults to 1.</summary>
    public int? BillingDay { get; init; }

    /// <summary>Days from issue to due date (0–365); the API defaults to 14.</summary>
    public int? PaymentTermsDays { get; init; }

    /// <summary>The tax rate in basis points (0–10000); the API defaults to 0.</summary>
    public int? TaxRateBps { get; init; }
}
