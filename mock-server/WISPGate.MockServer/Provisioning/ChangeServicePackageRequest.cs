namespace WISPGate.MockServer.Provisioning;

/// <summary>Body of changeServicePackage.</summary>
internal sealed record ChangeServicePackageRequest(string ServicePackageId, string? Reason);
