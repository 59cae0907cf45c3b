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

    /// <summary>
    /// <see cref="Interval"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Interval"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? IntervalRaw { get; init; }

    /// <summary>The first day of the first period; today when left out.</summary>
    public DateOnly? StartDate { get; init; }
}
