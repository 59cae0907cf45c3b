namespace WISPGate.MockServer.Billing;

/// <summary>One allocation a reconciliation run made.</summary>
internal sealed record ReconciliationMatch(string PaymentId, string InvoiceId, long Amount, ReconciliationMatchedBy MatchedBy);
