using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// Billing history of a subscriber (invoices, payments, subscriptions, ledger entries): an entity implementing it
/// makes its subscriber undeletable (409 <c>has_billing_history</c>) without the Subscribers module knowing its type.
/// </summary>
internal interface IBillingRecord : IEntity
{
    /// <summary>The subscriber the record belongs to (null for unassigned payments).</summary>
    string? SubscriberId { get; }
}
