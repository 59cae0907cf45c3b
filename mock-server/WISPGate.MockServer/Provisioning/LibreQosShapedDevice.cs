using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Provisioning;

/// <summary>
/// One row of the LibreQoS compatibility export: exactly these ten keys, spelled as LibreQoS spells its columns,
/// rates as integer Mbps, the device name always a string (importers concatenate it), unknown values as null (never
/// omitted).
/// </summary>
internal sealed record LibreQosShapedDevice(
    [property: JsonPropertyName("Circuit ID")] string CircuitId,
    [property: JsonPropertyName("Parent Node"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ParentNode,
    [property: JsonPropertyName("Download Min Mbps")] long DownloadMinMbps,
    [property: JsonPropertyName("Upload Min Mbps")] long UploadMinMbps,
    [property: JsonPropertyName("Download Max Mbps")] long DownloadMaxMbps,
    [property: JsonPropertyName("Upload Max Mbps")] long UploadMaxMbps,
    [property: JsonPropertyName("IPv4"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Ipv4,
    [property: JsonPropertyName("IPv6"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Ipv6,
    [property: JsonPropertyName("MAC"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Mac,
    [property: JsonPropertyName("Device Name")] string DeviceName)
{
    /// <summary>The LibreQoS row of an export row.</summary>
    public static LibreQosShapedDevice From(ShapedDevice row) => new(
        row.CircuitId, row.ParentNode, row.DownloadMinMbps, row.UploadMinMbps, row.DownloadMaxMbps, row.UploadMaxMbps, row.Ipv4, row.Ipv6, row.Mac, row.DeviceName);
}
