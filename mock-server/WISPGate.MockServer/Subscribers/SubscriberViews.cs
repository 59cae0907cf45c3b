using WISPGate.MockServer.Billing;
using WISPGate.MockServer.Pipeline;

namespace WISPGate.MockServer.Subscribers;

/// <summary>The API representation of a subscriber: the stored record plus its balance summary.</summary>
internal static class SubscriberViews
{
    /// <summary>Renders a subscriber with its balance.</summary>
    public static Subscriber Render(TenantScope scope, Subscriber subscriber) =>
        subscriber with { Balance = Balance(scope, subscriber) };

    /// <summary>
    /// The balance summary. Until the billing domain keeps a ledger it is zero, in the currency of the
    /// subscriber's billing profile (USD without one); the billing domain replaces this with the ledger's sums.
    /// </summary>
    public static SubscriberBalance Balance(TenantScope scope, Subscriber subscriber)
    {
        var currency = subscriber.BillingProfileId is { } profileId && scope.Collection<BillingProfile>().Find(profileId) is { } profile
            ? profile.Currency
            : "USD";
        return new SubscriberBalance(subscriber.Id, 0, 0, 0, currency, false);
    }
}
