namespace WISPGate.Sdk.Provisioning;

/// <summary>One row of the package-enforcement export: a device bound to an active service with the rates its package allows (integer Mbps).</summary>
public sealed record ShapedDevice
{
    /// <summary>The circuit: the service id (<c>svc_…</c>).</summary>
    public required string CircuitId { get; init; }

    /// <summary>The circuit name: the subscriber's full name.</summary>
    public required string CircuitName { get; init; }

    /// <summary>The access point or site the device hangs off: the device's parent node, else its package's; <see langword="null"/> when neither names one.</summary>
    public required string? ParentNode { get; init; }

    /// <summary>The device id (<c>dev_…</c>).</summary>
    public required string DeviceId { get; init; }

    /// <summary>The device's display name; <see langword="null"/> when none.</summary>
    public required string? DeviceName { get; init; }

    /// <summary>Committed download in Mbps: ceil(download_kbps / 1000).</summary>
    public required int DownloadMinMbps { get; init; }

    /// <summary>Committed upload in Mbps: ceil(upload_kbps / 1000).</summary>
    public required int UploadMinMbps { get; init; }

    /// <summary>Maximum download in Mbps: the burst rate, else the committed rate.</summary>
    public required int DownloadMaxMbps { get; init; }

    /// <summary>Maximum upload in Mbps: the burst rate, else the committed rate.</summary>
    public required int UploadMaxMbps { get; init; }

    /// <summary>The device's IPv4 address, else the framed IPv4 of its service's AAA account; <see langword="null"/> when neither has one.</summary>
    public required string? Ipv4 { get; init; }

    /// <summary>The device's IPv6 address or prefix, else the prefix its service's AAA account delegates; <see langword="null"/> when neither has one.</summary>
    public required string? Ipv6 { get; init; }

    /// <summary>The device's MAC address; <see langword="null"/> when none.</summary>
    public required string? Mac { get; init; }
}
