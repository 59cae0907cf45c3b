using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Subscribers;

namespace WISPGate.Sdk;

/// <summary>
/// The WISPGate v1 API, one interface per area (<c>client.Subscribers</c>, <c>client.Services</c>, …).
/// Immutable and safe to share; register it with <c>services.AddWispGate(…)</c> or build one with
/// <see cref="WispGateClient.Create"/>.
/// </summary>
public interface IWispGateClient
{
    /// <summary>Subscribers and their contacts, lifecycle and balance.</summary>
    ISubscribersClient Subscribers { get; }

    /// <summary>Subscribers' services (orders, address, price override).</summary>
    IServicesClient Services { get; }

    // Billing & Payments
    /// <summary>Billing profiles: currency, billing day, payment terms and tax rate.</summary>
    IBillingProfilesClient BillingProfiles { get; }

    /// <summary>Subscriptions: recurring billing of services (cancel, invoice now).</summary>
    ISubscriptionsClient Subscriptions { get; }

    /// <summary>Invoices and their lifecycle (finalize, void, mark uncollectible).</summary>
    IInvoicesClient Invoices { get; }

    /// <summary>Payments: record, apply, refund and reconcile.</summary>
    IPaymentsClient Payments { get; }

    /// <summary>Reconciliation runs started by <see cref="IPaymentsClient.ReconcileAsync"/>.</summary>
    IReconciliationRunsClient ReconciliationRuns { get; }

    /// <summary>Credit notes against invoices (issue, void).</summary>
    ICreditNotesClient CreditNotes { get; }

    /// <summary>The subscribers' ledger.</summary>
    ITransactionsClient Transactions { get; }
}
