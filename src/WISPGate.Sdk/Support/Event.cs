using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Support;

/// <summary>
/// Something that happened in a tenant: the items of <see cref="IEventsClient"/> and the body of every
/// webhook delivery (<see cref="Webhooks.WebhookSignatureVerifier.ConstructEvent(string, string?, string)"/>).
/// <see cref="EventData.Object"/> holds the changed resource as its typed model, chosen by the type.
/// </summary>
public sealed record Event : IJsonOnDeserialized
{
    /// <summary>The WISPGate id, <c>evt_…</c>; deliveries may repeat, so de-duplicate by it.</summary>
    public required string Id { get; init; }

    /// <summary>The type exactly as sent, e.g. <c>invoice.paid</c> (also for types this SDK version does not know).</summary>
    public required string Type { get; init; }

    /// <summary>The type as <see cref="EventType"/>; <see cref="EventType.Unknown"/> for a type this SDK version does not know.</summary>
    [JsonIgnore]
    public EventType KnownType => EnumWireNames<EventType>.Parse(Type);

    /// <summary>When the change happened (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The tenant the change happened in.</summary>
    public required string TenantId { get; init; }

    /// <summary>The payload: the changed resource after the change.</summary>
    public required EventData Data { get; init; }

    /// <summary>The workflow run whose action made this change; <see langword="null"/> for a change made through the API.</summary>
    public EventCause? CausedBy { get; init; }

    /// <summary>Reads <c>data.object</c> as the model of this event's type once the event is read.</summary>
    void IJsonOnDeserialized.OnDeserialized() => Data?.ReadObject(Type);
}
