using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Identity;

/// <summary>The token part of getMe (<c>MeToken</c>).</summary>
internal sealed record MeToken(
    string Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    string Environment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? ExpiresAt);
