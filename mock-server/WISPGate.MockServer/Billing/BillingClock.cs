using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// What the billing domain does when the server clock advances (for every tenant, under its lock): bills each active
/// subscription for every period that ended (one finalized invoice per period, issued the day after the period's end,
/// due after the profile's payment terms), then records <c>invoice.overdue</c> once for every open or uncollectible
/// invoice with an amount due whose due date has passed.
/// </summary>
internal static class BillingClock
{
    /// <summary>Catch-up limit per subscription and advance, so that a huge jump stays a bounded amount of work.</summary>
    private const int MaxPeriodsPerAdvance = 1200;

    /// <summary>The clock hook.</summary>
    public static void OnAdvanced(TenantScope scope)
    {
        var today = BillingRules.Today(scope);
        foreach (var subscription in scope.Collection<Subscription>().Index(BillingIndexes.ActiveSubscriptions).Matching("yes", s => s.Status == SubscriptionStatus.Active && today > s.CurrentPeriodEnd))
        {
            BillElapsedPeriods(scope, subscription, today);
        }

        foreach (var invoice in scope.Collection<Invoice>().Index(BillingIndexes.OverdueCandidates).Matching("yes", i => !i.OverdueRecorded && i.IsOverdueOn(today)))
        {
            var marked = invoice with { OverdueRecorded = true };
            scope.Collection<Invoice>().Replace(marked);
            scope.RecordEvent("invoice.overdue", InvoiceViews.Render(scope, marked));
        }
    }

    private static void BillElapsedPeriods(TenantScope scope, Subscription subscription, DateOnly today)
    {
        var current = subscription;
        for (var billed = 0; billed < MaxPeriodsPerAdvance && today > current.CurrentPeriodEnd; billed++)
        {
            // A subscription that cannot be billed (its price's currency changed, say) waits: invoice-now tells why.
            if (SubscriptionBilling.Problem(scope, current) is not null)
            {
                return;
            }

            try
            {
                (_, current) = SubscriptionBilling.BillCurrentPeriod(scope, current, current.CurrentPeriodEnd.AddDays(1));
            }
            catch (Exception exception) when (exception is ApiException or ArgumentOutOfRangeException)
            {
                // The ledger's range or the calendar's end: stop billing this subscription, keep the server serving.
                return;
            }
        }
    }
}
