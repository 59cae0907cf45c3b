using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Billing;

/// <summary>A billing profile (<c>bp_…</c>): currency, billing day, payment terms, tax rate.</summary>
internal sealed record BillingProfile : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>ISO 4217 currency.</summary>
    public required string Currency { get; init; }

    /// <summary>Day of the month recurring invoices are issued (1–28).</summary>
    public int BillingDay { get; init; } = 1;

    /// <summary>Days from finalization to due date.</summary>
    public int PaymentTermsDays { get; init; } = 14;

    /// <summary>Tax rate in basis points.</summary>
    public int TaxRateBps { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
