using System.Text.Json.Serialization;

namespace WISPGate.Sdk.Provisioning;

/// <summary>
/// One row of the LibreQoS compatibility export (<c>POST /api/libreqos/shaped-devices</c>): the same data
/// as <see cref="ShapedDevice"/> under LibreQoS's exact column names (<c>"Circuit ID"</c>, …); missing
/// values are <see langword="null"/>, rates are integer Mbps.
/// </summary>
public sealed record LibreQosShapedDevice
{
    /// <summary><c>Circuit ID</c>: the service id.</summary>
    [JsonPropertyName("Circuit ID")]
    public required string CircuitId { get; init; }

    /// <summary><c>Parent Node</c>: the access point or site (the device's, else its package's).</summary>
    [JsonPropertyName("Parent Node")]
    public required string? ParentNode { get; init; }

    /// <summary><c>Download Min Mbps</c>: committed download.</summary>
    [JsonPropertyName("Download Min Mbps")]
    public required int? DownloadMinMbps { get; init; }

    /// <summary><c>Upload Min Mbps</c>: committed upload.</summary>
    [JsonPropertyName("Upload Min Mbps")]
    public required int? UploadMinMbps { get; init; }

    /// <summary><c>Download Max Mbps</c>: burst (or committed) download.</summary>
    [JsonPropertyName("Download Max Mbps")]
    public required int? DownloadMaxMbps { get; init; }

    /// <summary><c>Upload Max Mbps</c>: burst (or committed) upload.</summary>
    [JsonPropertyName("Upload Max Mbps")]
    public required int? UploadMaxMbps { get; init; }

    /// <summary><c>IPv4</c>: the device's IPv4 address, else its service's framed IPv4.</summary>
    [JsonPropertyName("IPv4")]
    public required string? Ipv4 { get; init; }

    /// <summary><c>IPv6</c>: the device's IPv6 address or prefix, else its service's delegated prefix.</summary>
    [JsonPropertyName("IPv6")]
    public required string? Ipv6 { get; init; }

    /// <summary><c>MAC</c>: the device's MAC address.</summary>
    [JsonPropertyName("MAC")]
    public required string? Mac { get; init; }

    /// <summary><c>Device Name</c>: the device's display name.</summary>
    [JsonPropertyName("Device Name")]
    public required string? DeviceName { get; init; }
}
