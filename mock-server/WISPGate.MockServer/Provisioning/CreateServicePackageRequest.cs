using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Provisioning;

/// <summary>Body of createServicePackage.</summary>
internal sealed record CreateServicePackageRequest(
    string Name,
    string? Description,
    long DownloadKbps,
    long UploadKbps,
    long? BurstDownloadKbps,
    long? BurstUploadKbps,
    long? DataCapGb,
    Money Price,
    IReadOnlyDictionary<string, string>? RadiusAttributes,
    string? ParentNode);
