using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Admin;

/// <summary>The body of <c>POST /__admin/wispgate/events/replay</c>: the recorded event to announce again.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record EventReplayRequest(string? EventId);
