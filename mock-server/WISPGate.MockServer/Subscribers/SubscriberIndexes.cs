using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Subscribers;

/// <summary>The Subscribers &amp; CRM collections' indexes (lookups and list filters that must not scan the tenant).</summary>
internal static class SubscriberIndexes
{
    /// <summary>Subscribers by <c>external_id</c> (unique per tenant).</summary>
    public static readonly IndexKey<Subscriber> SubscribersByExternalId = new("external_id", s => s.ExternalId);

    /// <summary>Services by subscriber.</summary>
    public static readonly IndexKey<Service> ServicesBySubscriber = new("subscriber_id", s => s.SubscriberId);

    /// <summary>Contacts by subscriber.</summary>
    public static readonly IndexKey<Contact> ContactsBySubscriber = new("subscriber_id", c => c.SubscriberId);
}
