namespace WISPGate.MockServer.Provisioning;

/// <summary>Optional body of the service provisioning actions.</summary>
internal sealed record ServiceActionRequest(string? Reason);
