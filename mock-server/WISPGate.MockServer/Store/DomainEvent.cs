using System.Text.Json;
using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Store;

/// <summary>
/// A recorded state change, as served by the events endpoints and delivered to webhooks:
/// <c>{"id":"evt_…","type":"subscriber.created","created_at":…,"tenant_id":…,"data":{"object":{…}}}</c>, plus
/// <c>"caused_by":{"workflow_run_id":…}</c> when a workflow run's action made the change.
/// </summary>
internal sealed record DomainEvent(
    string Id,
    string Type,
    DateTimeOffset CreatedAt,
    string TenantId,
    [property: JsonPropertyName("data")] JsonElement Data,
    [property: JsonPropertyName("caused_by")] EventCause? CausedBy = null) : ILogEntry;
