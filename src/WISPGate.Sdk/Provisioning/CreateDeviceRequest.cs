namespace WISPGate.Sdk.Provisioning;

/// <summary>The body of <c>POST /api/v1/devices</c>; new devices are <c>in_stock</c>.</summary>
public sealed record CreateDeviceRequest
{
    /// <summary>The serial number (unique per tenant, else 409 <c>duplicate_device</c>).</summary>
    public required string Serial { get; init; }

    /// <summary>The MAC address, <c>AA:BB:CC:DD:EE:FF</c> (unique per tenant).</summary>
    public required string Mac { get; init; }

    /// <summary>The hardware model.</summary>
    public string? Model { get; init; }

    /// <summary>The manufacturer.</summary>
    public string? Vendor { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The access point or site the CPE hangs off.</summary>
    public string? ParentNode { get; init; }

    /// <summary>The CPE's IPv4 address.</summary>
    public string? Ipv4 { get; init; }

    /// <summary>The CPE's IPv6 address or prefix.</summary>
    public string? Ipv6 { get; init; }
}
