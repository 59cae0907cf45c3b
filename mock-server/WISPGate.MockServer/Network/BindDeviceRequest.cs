namespace WISPGate.MockServer.Network;

/// <summary>Body of bindServiceDevice.</summary>
internal sealed record BindDeviceRequest(string DeviceId);
