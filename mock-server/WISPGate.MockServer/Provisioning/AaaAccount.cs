using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Provisioning;

/// <summary>The API view of a service's RADIUS account (getServiceAaa).</summary>
internal sealed record AaaAccount(
    string ServiceId,
    string Username,
    bool Enabled,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? FramedIpAddress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DelegatedIpv6Prefix,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? MacBinding,
    IReadOnlyDictionary<string, string> ReplyAttributes,
    DateTimeOffset UpdatedAt);
