namespace WISPGate.Sdk.Billing;

/// <summary>Recurring billing of a service: each period an invoice for the service's price (package price or override) is issued.</summary>
public sealed partial record Subscription
{
    /// <summary>The WISPGate id, <c>sbn_…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The subscriber billed (<c>sub_…</c>).</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The service billed (<c>svc_…</c>).</summary>
    public required string ServiceId { get; init; }

    /// <summary>The billing profile (<c>bp_…</c>) that sets currency, terms and tax.</summary>
    public required string BillingProfileId { get; init; }

    /// <summary>How often it invoices; <see cref="SubscriptionInterval.Unknown"/> for a value this SDK does not know.</summary>
    public required partial SubscriptionInterval Interval { get; init; }

    /// <summary>
    /// <see cref="Interval"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Interval"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? IntervalRaw { get; init; }

    /// <summary>The state; <see cref="SubscriptionStatus.Unknown"/> for a state this SDK does not know.</summary>
    public required partial SubscriptionStatus Status { get; init; }

    /// <summary>
    /// <see cref="Status"/> as its wire string, also a value this SDK version does not know (read as <c>Unknown</c>): log it, or
    /// assign it to send a value back unchanged. Assigning it sets <see cref="Status"/>; <see langword="null"/> leaves it as it is.
    /// </summary>
    public partial string? StatusRaw { get; init; }

    /// <summary>The first day of the current billing period.</summary>
    public required DateOnly CurrentPeriodStart { get; init; }

    /// <summary>The last day of the current billing period.</summary>
    public required DateOnly CurrentPeriodEnd { get; init; }

    /// <summary>When it was cancelled (UTC); <see langword="null"/> while active.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
