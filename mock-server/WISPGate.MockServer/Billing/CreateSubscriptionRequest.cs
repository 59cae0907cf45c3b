namespace WISPGate.MockServer.Billing;

/// <summary>Body of createSubscription.</summary>
internal sealed record CreateSubscriptionRequest(
    string SubscriberId,
    string ServiceId,
    string? BillingProfileId,
    SubscriptionInterval? Interval,
    DateOnly? StartDate);
