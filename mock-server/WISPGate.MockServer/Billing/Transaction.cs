using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Billing;

/// <summary>One entry of a subscriber's ledger (<c>txn_…</c>, append-only), with the balance after it.</summary>
internal sealed record Transaction : IBillingRecord
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The subscriber.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>Direction.</summary>
    public required TransactionType Type { get; init; }

    /// <summary>What produced it.</summary>
    public required TransactionSource Source { get; init; }

    /// <summary>Id of the invoice, payment, credit note or refund.</summary>
    public required string SourceId { get; init; }

    /// <summary>Amount (≥ 0; <see cref="Type"/> gives the direction).</summary>
    public required long Amount { get; init; }

    /// <summary>ISO 4217 currency.</summary>
    public required string Currency { get; init; }

    /// <summary>The subscriber's balance after it (positive = owes).</summary>
    public required long BalanceAfter { get; init; }

    /// <summary>What happened.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Description { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }
}
