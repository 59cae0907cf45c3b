using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.Webhooks;

/// <summary>One attempt to deliver an event to a webhook endpoint.</summary>
public sealed partial record WebhookDelivery
{
    /// <summary>The WISPGate id, <c>whd_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The endpoint (<c>whe_…</c>) delivered to.</summary>
    public required string WebhookEndpointId { get; init; }

    /// <summary>The event (<c>evt_…</c>) delivered.</summary>
    public required string EventId { get; init; }

    /// <summary>The event's type; <see cref="Support.EventType.Unknown"/> for a type this SDK version does not know.</summary>
    public required partial EventType EventType { get; init; }

    /// <summary>
    /// <see cref="EventType"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="EventType"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? EventTypeRaw { get; init; }

    /// <summary>1 for the first try, then 2, 3… for retries.</summary>
    public required int Attempt { get; init; }

    /// <summary>The outcome; <see cref="WebhookDeliveryStatus.Unknown"/> for one this SDK does not know.</summary>
    public required partial WebhookDeliveryStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The HTTP status the receiver answered; <see langword="null"/> when it did not answer (timeout, connection error).</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why the attempt failed (timeout, connection refused, non-2xx).</summary>
    public string? Error { get; init; }

    /// <summary>When the receiver answered 2xx (UTC); <see langword="null"/> when the attempt failed.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>When the attempt was made (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
