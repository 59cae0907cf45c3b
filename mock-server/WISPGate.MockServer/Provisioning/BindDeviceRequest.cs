namespace WISPGate.MockServer.Provisioning;

/// <summary>Body of bindServiceDevice.</summary>
internal sealed record BindDeviceRequest(string DeviceId);
