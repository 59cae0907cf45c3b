using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// The billing collections' indexes: a subscriber's documents and ledger are read for every subscriber rendered (its
/// balance), so they must not be found by scanning the tenant's whole books.
/// </summary>
internal static class BillingIndexes
{
    /// <summary>Invoices by subscriber.</summary>
    public static readonly IndexKey<Invoice> InvoicesBySubscriber = new("subscriber_id", i => i.SubscriberId);

    /// <summary>Invoices by number, upper case (a payment's reference names one).</summary>
    public static readonly IndexKey<Invoice> InvoicesByNumber = new("number", i => i.Number.ToUpperInvariant());

    /// <summary>Invoices the overdue check may still concern: receivable and not yet recorded overdue.</summary>
    public static readonly IndexKey<Invoice> OverdueCandidates = new("overdue_candidate", i => i.IsReceivable && !i.OverdueRecorded ? "yes" : null);

    /// <summary>Payments by subscriber (unassigned payments are not indexed).</summary>
    public static readonly IndexKey<Payment> PaymentsBySubscriber = new("subscriber_id", p => p.SubscriberId);

    /// <summary>Ledger entries by subscriber.</summary>
    public static readonly IndexKey<Transaction> TransactionsBySubscriber = new("subscriber_id", t => t.SubscriberId);

    /// <summary>Credit notes by subscriber.</summary>
    public static readonly IndexKey<CreditNote> CreditNotesBySubscriber = new("subscriber_id", c => c.SubscriberId);

    /// <summary>Subscriptions by subscriber.</summary>
    public static readonly IndexKey<Subscription> SubscriptionsBySubscriber = new("subscriber_id", s => s.SubscriberId);

    /// <summary>Subscriptions by service.</summary>
    public static readonly IndexKey<Subscription> SubscriptionsByService = new("service_id", s => s.ServiceId);

    /// <summary>Active subscriptions (the ones the billing clock bills).</summary>
    public static readonly IndexKey<Subscription> ActiveSubscriptions = new("active", s => s.Status == SubscriptionStatus.Active ? "yes" : null);

    /// <summary>Refunds by payment.</summary>
    public static readonly IndexKey<Refund> RefundsByPayment = new("payment_id", r => r.PaymentId);
}
