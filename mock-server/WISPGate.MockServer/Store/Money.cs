namespace WISPGate.MockServer.Store;

/// <summary>An amount in integer minor units plus its ISO 4217 currency (shared by every domain).</summary>
internal sealed record Money(long Amount, string Currency);
