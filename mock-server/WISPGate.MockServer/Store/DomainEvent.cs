using System.Text.Json;
using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Store;

/// <summary>
/// A recorded state change, as served by the events endpoints and delivered to webhooks:
/// <c>{"id":"evt_…","type":"subscriber.created","created_at":…,"tenant_id":…,"data":{"object":{…}}}</c>.
/// </summary>
internal sealed record DomainEvent(
    string Id,
    string Type,
    DateTimeOffset CreatedAt,
    string TenantId,
    [property: JsonPropertyName("data")] JsonElement Data) : ILogEntry;
