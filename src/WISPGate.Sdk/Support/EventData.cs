using System.Text.Json;
using System.Text.Json.Serialization;

namespace WISPGate.Sdk.Support;

/// <summary>The payload of an <see cref="Event"/>: <c>{"object": {…}}</c>.</summary>
public sealed record EventData
{
    private object? _object;

    /// <summary>The JSON of <c>data.object</c> exactly as received; always present, whatever the event type.</summary>
    [JsonPropertyName("object")]
    public required JsonElement RawObject { get; init; }

    /// <summary>
    /// <c>data.object</c> as the model of the event's resource: a <see cref="Subscribers.Subscriber"/> for
    /// <c>subscriber.*</c>, a <see cref="Subscribers.Service"/> for <c>service.*</c>, a
    /// <see cref="Provisioning.Session"/>, <see cref="Provisioning.ProvisioningJob"/>, <see cref="Ticket"/> or
    /// <see cref="Notification"/> … — test it with <c>is</c>. <see langword="null"/> for <c>ping</c>, for a
    /// type this SDK version does not map, or when the object does not read as its model; use
    /// <see cref="RawObject"/> then.
    /// </summary>
    [JsonIgnore]
    public object? Object { get => _object; init => _object = value; }

    internal void ReadObject(string eventType) => _object = EventObjectTypes.Read(eventType, RawObject);
}
