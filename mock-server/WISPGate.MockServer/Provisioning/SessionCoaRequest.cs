namespace WISPGate.MockServer.Provisioning;

/// <summary>Optional body of sendSessionCoa.</summary>
internal sealed record SessionCoaRequest(IReadOnlyDictionary<string, string>? Attributes);
