namespace WISPGate.Sdk.Provisioning;

/// <summary>A CPE in inventory; <see cref="Serial"/> and <see cref="Mac"/> are unique per tenant.</summary>
public sealed partial record Device
{
    /// <summary>The WISPGate id, <c>dev_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The serial number.</summary>
    public required string Serial { get; init; }

    /// <summary>The MAC address, <c>AA:BB:CC:DD:EE:FF</c>.</summary>
    public required string Mac { get; init; }

    /// <summary>The hardware model.</summary>
    public string? Model { get; init; }

    /// <summary>The manufacturer.</summary>
    public string? Vendor { get; init; }

    /// <summary>The display name (the shaper's <c>Device Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The access point or site the CPE hangs off (the shaper's <c>Parent Node</c>).</summary>
    public string? ParentNode { get; init; }

    /// <summary>The CPE's IPv4 address.</summary>
    public string? Ipv4 { get; init; }

    /// <summary>The CPE's IPv6 address or prefix (e.g. <c>2001:db8:1::/56</c>).</summary>
    public string? Ipv6 { get; init; }

    /// <summary>The inventory state; <see cref="DeviceStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial DeviceStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The service (<c>svc_…</c>) the device is bound to; <see langword="null"/> when unbound.</summary>
    public required string? ServiceId { get; init; }

    /// <summary>When the device was added (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the device last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
