using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// A subscriber's financial summary: <c>balance</c> from the ledger; <c>outstanding</c> (amount due of open and
/// uncollectible invoices) and <c>credit</c> (unapplied payments) from the documents. The books are consistent when
/// <c>balance = outstanding − credit</c>, which every operation keeps true.
/// </summary>
internal static class BillingBalances
{
    /// <summary>The summary of one subscriber.</summary>
    public static SubscriberBalance Of(TenantScope scope, Subscriber subscriber)
    {
        var today = BillingRules.Today(scope);
        var invoices = scope.Collection<Invoice>().Index(BillingIndexes.InvoicesBySubscriber).OldestFirst(subscriber.Id).Where(i => i.IsReceivable).ToList();
        var outstanding = invoices.Sum(i => i.AmountDue);
        var credit = scope.Collection<Payment>().Index(BillingIndexes.PaymentsBySubscriber).OldestFirst(subscriber.Id).Sum(p => p.UnappliedAmount);
        return new SubscriberBalance(
            subscriber.Id,
            Ledger.Balance(scope, subscriber.Id),
            credit,
            outstanding,
            BillingCurrency.Of(scope, subscriber.Id) ?? "USD",
            invoices.Any(i => i.IsOverdueOn(today)));
    }
}
