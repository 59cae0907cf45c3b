using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Provisioning;

/// <summary>One row of the package-enforcement export (listShapedDevices); every field is always written.</summary>
internal sealed record ShapedDevice(
    string CircuitId,
    string CircuitName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ParentNode,
    string DeviceId,
    string DeviceName,
    long DownloadMinMbps,
    long UploadMinMbps,
    long DownloadMaxMbps,
    long UploadMaxMbps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Ipv4,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Ipv6,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Mac);
