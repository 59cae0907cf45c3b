using WISPGate.MockServer.Billing;
using WISPGate.MockServer.Handlers;

namespace WISPGate.MockServer.Subscribers;

/// <summary>The API representation of a subscriber: the stored record plus its balance summary.</summary>
internal static class SubscriberViews
{
    /// <summary>Renders a subscriber with its balance.</summary>
    public static Subscriber Render(TenantScope scope, Subscriber subscriber) =>
        subscriber with { Balance = Balance(scope, subscriber) };

    /// <summary>The balance summary, derived from the ledger (<see cref="BillingBalances"/>).</summary>
    public static SubscriberBalance Balance(TenantScope scope, Subscriber subscriber) => BillingBalances.Of(scope, subscriber);
}
