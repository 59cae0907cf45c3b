namespace WISPGate.Sdk.Billing;

/// <summary>The optional body of <c>POST /api/v1/payments/reconcile</c>: which unapplied payments to reconcile (all when empty).</summary>
public sealed record ReconcilePaymentsRequest
{
    /// <summary>Only this subscriber's payments (<c>sub_…</c>).</summary>
    public string? SubscriberId { get; init; }

    /// <summary>Only payments received at or after this instant.</summary>
    public DateTimeOffset? ReceivedAfter { get; init; }
}
