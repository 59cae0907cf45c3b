using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Billing;

/// <summary>A credit against an invoice (<c>cn_…</c>): lowers its amount due while issued.</summary>
internal sealed record CreditNote : IBillingRecord
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The invoice credited.</summary>
    public required string InvoiceId { get; init; }

    /// <summary>The invoice's subscriber.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>Amount credited.</summary>
    public required long Amount { get; init; }

    /// <summary>ISO 4217 currency (the invoice's).</summary>
    public required string Currency { get; init; }

    /// <summary>Why.</summary>
    public required string Reason { get; init; }

    /// <summary>State.</summary>
    public required CreditNoteStatus Status { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was voided.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? VoidedAt { get; init; }
}
