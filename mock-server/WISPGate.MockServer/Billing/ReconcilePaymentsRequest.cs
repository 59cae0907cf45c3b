namespace WISPGate.MockServer.Billing;

/// <summary>Optional body of reconcilePayments.</summary>
internal sealed record ReconcilePaymentsRequest(string? SubscriberId, DateTimeOffset? ReceivedAfter);
