namespace WISPGate.MockServer.Subscribers;

/// <summary>How many rows had each outcome.</summary>
internal sealed record ImportSummary(int Created, int Updated, int Unchanged, int Failed);
