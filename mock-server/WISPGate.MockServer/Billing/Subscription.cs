using System.Text.Json.Serialization;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// Recurring billing of a service (<c>sbn_…</c>). Periods are inclusive dates counted from the first period's start
/// (the anchor), so a subscription starting on the 31st bills the last day of shorter months without drifting.
/// </summary>
internal sealed record Subscription : IBillingRecord
{
    /// <inheritdoc />
    public required string Id { get; init; }

    /// <summary>The subscriber billed.</summary>
    public required string SubscriberId { get; init; }

    /// <summary>The service whose price is billed.</summary>
    public required string ServiceId { get; init; }

    /// <summary>Currency, tax and terms of the invoices.</summary>
    public required string BillingProfileId { get; init; }

    /// <summary>Period length.</summary>
    public required SubscriptionInterval Interval { get; init; }

    /// <summary>State.</summary>
    public required SubscriptionStatus Status { get; init; }

    /// <summary>First day of the current period.</summary>
    public required DateOnly CurrentPeriodStart { get; init; }

    /// <summary>Last day of the current period.</summary>
    public required DateOnly CurrentPeriodEnd { get; init; }

    /// <summary>When it was cancelled.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? CancelledAt { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Start of the first period (internal; a seeded subscription counts from its current period).</summary>
    [JsonIgnore]
    public DateOnly? Anchor { get; init; }

    /// <summary>Index of the current period from the anchor (internal).</summary>
    [JsonIgnore]
    public int PeriodIndex { get; init; }

    /// <summary>Months per period.</summary>
    public static int Months(SubscriptionInterval interval) => interval switch
    {
        SubscriptionInterval.Quarterly => 3,
        SubscriptionInterval.Yearly => 12,
        _ => 1,
    };

    /// <summary>The last day of the period that starts <paramref name="periods"/> periods after <paramref name="anchor"/>.</summary>
    public static DateOnly PeriodEnd(DateOnly anchor, SubscriptionInterval interval, int periods) =>
        anchor.AddMonths((periods + 1) * Months(interval)).AddDays(-1);

    /// <summary>The subscription moved on to its next period.</summary>
    public Subscription NextPeriod()
    {
        var anchor = Anchor ?? CurrentPeriodStart;
        var index = (Anchor is null ? 0 : PeriodIndex) + 1;
        return this with
        {
            Anchor = anchor,
            PeriodIndex = index,
            CurrentPeriodStart = anchor.AddMonths(index * Months(Interval)),
            CurrentPeriodEnd = PeriodEnd(anchor, Interval, index),
        };
    }
}
