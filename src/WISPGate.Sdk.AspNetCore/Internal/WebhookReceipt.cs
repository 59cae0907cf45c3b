using System.Text.Json.Serialization;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>The 200 answer to a delivery: <c>{"received":"evt_…"}</c>, with <c>"duplicate":true</c> for an event handled before.</summary>
/// <param name="Received">The event id.</param>
/// <param name="Duplicate">Whether the event was handled by an earlier delivery.</param>
internal sealed record WebhookReceipt(
    [property: JsonPropertyName("received")] string Received,
    [property: JsonPropertyName("duplicate"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Duplicate = false);
