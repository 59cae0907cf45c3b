using System.Text.Json.Serialization;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Provisioning;

/// <summary>A CPE in inventory (<c>dev_…</c>). <c>serial</c> and <c>mac</c> are unique per tenant; <c>mac</c> is stored upper case.</summary>
internal sealed record Device : IEntity
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>Serial number.</summary>
    public required string Serial { get; init; }

    /// <summary>MAC address, <c>AA:BB:CC:DD:EE:FF</c>.</summary>
    public required string Mac { get; init; }

    /// <summary>Model.</summary>
    public string? Model { get; init; }

    /// <summary>Vendor.</summary>
    public string? Vendor { get; init; }

    /// <summary>Display name (the shaper's <c>Device Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Access point or site the CPE hangs off (the shaper's <c>Parent Node</c>).</summary>
    public string? ParentNode { get; init; }

    /// <summary>IPv4 address.</summary>
    public string? Ipv4 { get; init; }

    /// <summary>IPv6 address or prefix.</summary>
    public string? Ipv6 { get; init; }

    /// <summary>Inventory state.</summary>
    public required DeviceStatus Status { get; init; }

    /// <summary>The service it is bound to; always written (required, nullable).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ServiceId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
