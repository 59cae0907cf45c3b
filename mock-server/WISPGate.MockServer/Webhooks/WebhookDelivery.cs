using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Webhooks;

/// <summary>One attempt to deliver an event to a webhook endpoint (<c>whd_…</c>).</summary>
internal sealed record WebhookDelivery : ILogEntry
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The endpoint.</summary>
    public required string WebhookEndpointId { get; init; }

    /// <summary>The event delivered.</summary>
    public required string EventId { get; init; }

    /// <summary>Its type.</summary>
    public required string EventType { get; init; }

    /// <summary>1 for the first try, then 2, 3… for retries.</summary>
    public required int Attempt { get; init; }

    /// <summary>Succeeded or failed.</summary>
    public required WebhookDeliveryStatus Status { get; init; }

    /// <summary>The receiver's HTTP status; null without an answer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? StatusCode { get; init; }

    /// <summary>Why it failed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Error { get; init; }

    /// <summary>When the receiver answered 2xx.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>When the attempt was made (server clock).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
