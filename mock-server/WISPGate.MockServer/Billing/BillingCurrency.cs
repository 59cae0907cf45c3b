using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Subscribers;

namespace WISPGate.MockServer.Billing;

/// <summary>
/// A subscriber's books are kept in one currency, so that its balance is one number: the currency of its ledger
/// once it has entries, else of its invoices (drafts included, void ones not), else of its billing profile.
/// Invoices, payments and subscriptions in another currency are refused with 422 <c>currency_mismatch</c>.
/// </summary>
internal static class BillingCurrency
{
    /// <summary>The subscriber's billing currency, or null when nothing fixes it yet.</summary>
    public static string? Of(TenantScope scope, string subscriberId) =>
        Ledger.Currency(scope, subscriberId)
        ?? scope.Collection<Invoice>().Index(BillingIndexes.InvoicesBySubscriber).OldestFirst(subscriberId).FirstOrDefault(i => i.Status != InvoiceStatus.Void)?.Currency
        ?? Profile(scope, subscriberId)?.Currency;

    /// <summary>The subscriber's billing profile, or null.</summary>
    public static BillingProfile? Profile(TenantScope scope, string subscriberId) =>
        scope.Collection<Subscriber>().Find(subscriberId)?.BillingProfileId is { } profileId
            ? scope.Collection<BillingProfile>().Find(profileId)
            : null;

    /// <summary>422 <c>currency_mismatch</c> on <paramref name="field"/> when <paramref name="currency"/> is not the subscriber's.</summary>
    public static ApiResult? Mismatch(TenantScope scope, string subscriberId, string currency, string field) =>
        Of(scope, subscriberId) is { } expected && expected != currency
            ? ApiResult.Invalid(field, "currency_mismatch", $"Subscriber '{subscriberId}' is billed in {expected}, not {currency}.")
            : null;
}
