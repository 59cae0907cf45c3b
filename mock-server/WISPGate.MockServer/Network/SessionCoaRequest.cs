namespace WISPGate.MockServer.Network;

/// <summary>Optional body of sendSessionCoa.</summary>
internal sealed record SessionCoaRequest(IReadOnlyDictionary<string, string>? Attributes);
