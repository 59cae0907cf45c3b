namespace WISPGate.MockServer.Provisioning;

/// <summary>Body of createDevice.</summary>
internal sealed record CreateDeviceRequest(
    string Serial,
    string Mac,
    string? Model,
    string? Vendor,
    string? Name,
    string? ParentNode,
    string? Ipv4,
    string? Ipv6);
