using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Billing;

/// <summary>Money returned from a payment (<c>ref_…</c>).</summary>
internal sealed record Refund : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The payment.</summary>
    public required string PaymentId { get; init; }

    /// <summary>Amount returned.</summary>
    public required long Amount { get; init; }

    /// <summary>ISO 4217 currency (the payment's).</summary>
    public required string Currency { get; init; }

    /// <summary>Why.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Reason { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }
}
