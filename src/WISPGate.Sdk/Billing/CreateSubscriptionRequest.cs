namespace WISPGate.Sdk.Billing;

/// <summary>The body of <c>POST /api/v1/subscriptions</c>.</summary>
public sealed partial record CreateSubscriptionRequest
{
    /// <summary>The subscriber to bill (<c>sub_…</c>).</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The subscriber's service to bill (<c>svc_…</c>).</summary>
    public required string ServiceId { get; init; }

    /// <summary>The billing profile (<c>bp_…</c>); the subscriber's when left out.</summary>
    public string? BillingProfileId { get; init; }

    /// <summary>How often to invoice; the API defaults to monthly.</summary>
    public partial SubscriptionInterval? Interval { get; init; }

    /// <summary>The first day of the first period; today when left out.</summary>
    public DateOnly? StartDate { get; init; }
}
