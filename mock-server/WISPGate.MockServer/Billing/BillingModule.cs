using WISPGate.MockServer.Modules;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// Billing &amp; Payments: billing profiles, subscriptions, invoices, payments and refunds, reconciliation, credit notes
/// and the ledger, with the clock billing subscriptions and flagging overdue invoices (<see cref="BillingClock"/>).
/// </summary>
internal sealed class BillingModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain) => domain
        .SeedCollection<BillingProfile>("billing_profiles")
        .SeedCollection<Subscription>("subscriptions")
        .SeedCollection<Invoice>("invoices")
        .SeedCollection<Payment>("payments")
        .SeedCollection<Refund>("refunds")
        .SeedCollection<CreditNote>("credit_notes")
        .SeedCollection<Transaction>("transactions")
        .StateCollection<ReconciliationRun>("reconciliation_runs")
        .Map("listBillingProfiles", BillingProfileHandlers.List)
        .Map("createBillingProfile", BillingProfileHandlers.Create)
        .Map("getBillingProfile", BillingProfileHandlers.Get)
        .Map("listSubscriptions", SubscriptionHandlers.List)
        .Map("createSubscription", SubscriptionHandlers.Create)
        .Map("getSubscription", SubscriptionHandlers.Get)
        .Map("cancelSubscription", SubscriptionHandlers.Cancel)
        .Map("invoiceSubscriptionNow", SubscriptionHandlers.InvoiceNow)
        .Map("listInvoices", InvoiceHandlers.List)
        .Map("createInvoice", InvoiceHandlers.Create)
        .Map("getInvoice", InvoiceHandlers.Get)
        .Map("finalizeInvoice", InvoiceLifecycle.Finalize)
        .Map("voidInvoice", InvoiceLifecycle.Void)
        .Map("markInvoiceUncollectible", InvoiceLifecycle.MarkUncollectible)
        .Map("listPayments", PaymentHandlers.List)
        .Map("createPayment", PaymentHandlers.Create)
        .Map("getPayment", PaymentHandlers.Get)
        .Map("applyPayment", PaymentHandlers.Apply)
        .Map("refundPayment", PaymentRefunds.Refund)
        .Map("reconcilePayments", ReconciliationHandlers.Reconcile)
        .Map("getReconciliationRun", ReconciliationHandlers.Get)
        .Map("listReconciliationRuns", ReconciliationHandlers.List)
        .Map("listCreditNotes", CreditNoteHandlers.List)
        .Map("createCreditNote", CreditNoteHandlers.Create)
        .Map("getCreditNote", CreditNoteHandlers.Get)
        .Map("voidCreditNote", CreditNoteHandlers.Void)
        .Map("listTransactions", TransactionHandlers.List)
        .OnClockAdvanced(BillingClock.OnAdvanced);
}
