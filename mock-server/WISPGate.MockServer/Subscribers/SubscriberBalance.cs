namespace WISPGate.MockServer.Subscribers;

/// <summary>A subscriber's financial summary (minor units).</summary>
internal sealed record SubscriberBalance(string SubscriberId, long Balance, long Credit, long Outstanding, string Currency, bool HasOverdueInvoice);
