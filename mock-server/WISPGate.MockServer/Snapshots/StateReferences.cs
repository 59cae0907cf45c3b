using WISPGate.MockServer.Automation;
using WISPGate.MockServer.Billing;
using WISPGate.MockServer.Provisioning;
using WISPGate.MockServer.Store;
using WISPGate.MockServer.Subscribers;
using WISPGate.MockServer.Support;
using WISPGate.MockServer.Webhooks;

namespace WISPGate.MockServer.Snapshots;

/// <summary>
/// The references a loaded snapshot must resolve inside its tenant (<c>invoice.subscriber_id</c> → a subscriber):
/// only those the server itself never leaves dangling (a subscriber with billing history or services cannot be deleted,
/// a deleted webhook endpoint takes its delivery attempts along). References that may outlive their target — a ticket's
/// deleted prospect, a deleted workflow's finished runs, a log's evicted event — are not checked.
/// </summary>
internal static class StateReferences
{
    private static readonly IReadOnlyList<Rule> Rules =
    [
        Rule.To<Subscriber, BillingProfile>("billing_profile_id", s => [s.BillingProfileId]),
        Rule.To<Contact, Subscriber>("subscriber_id", c => [c.SubscriberId]),
        Rule.To<Service, Subscriber>("subscriber_id", s => [s.SubscriberId]),
        Rule.To<Service, ServicePackage>("service_package_id", s => [s.ServicePackageId]),
        Rule.To<Subscription, Subscriber>("subscriber_id", s => [s.SubscriberId]),
        Rule.To<Subscription, Service>("service_id", s => [s.ServiceId]),
        Rule.To<Subscription, BillingProfile>("billing_profile_id", s => [s.BillingProfileId]),
        Rule.To<Invoice, Subscriber>("subscriber_id", i => [i.SubscriberId]),
        Rule.To<Invoice, Subscription>("subscription_id", i => [i.SubscriptionId]),
        Rule.To<Payment, Subscriber>("subscriber_id", p => [p.SubscriberId]),
        Rule.To<Payment, Invoice>("allocations", p => p.Allocations.Select(a => a.InvoiceId)),
        Rule.To<Refund, Payment>("payment_id", r => [r.PaymentId]),
        Rule.To<CreditNote, Invoice>("invoice_id", c => [c.InvoiceId]),
        Rule.To<CreditNote, Subscriber>("subscriber_id", c => [c.SubscriberId]),
        Rule.To<Transaction, Subscriber>("subscriber_id", t => [t.SubscriberId]),
        Rule.To<Device, Service>("service_id", d => [d.ServiceId]),
        Rule.To<Session, Service>("service_id", s => [s.ServiceId]),
        Rule.To<TicketComment, Ticket>("ticket_id", c => [c.TicketId]),
        Rule.To<WebhookDelivery, WebhookEndpoint>("webhook_endpoint_id", d => [d.WebhookEndpointId]),
        Rule.To<WorkflowRun, Workflow>("workflow_id", r => r.IsFinished ? [] : [r.WorkflowId]),
    ];

    /// <summary>
    /// Notes every reference of a tenant's entities that names no entity of the target collection.
    /// </summary>
    /// <param name="path">The tenant's path (<c>tenants[0]</c>).</param>
    /// <param name="collections">The tenant's collections as read, with their entities.</param>
    /// <param name="problems">Where to note them.</param>
    public static void Check(string path, IReadOnlyList<(StateCollection Collection, IReadOnlyList<IEntity> Items)> collections, SnapshotProblems problems)
    {
        var byType = collections.ToDictionary(c => c.Collection.EntityType);
        foreach (var (collection, items) in collections)
        {
            foreach (var rule in Rules.Where(r => r.From == collection.EntityType))
            {
                var targetName = byType.TryGetValue(rule.Target, out var target) ? target.Collection.Name : null;
                var ids = target.Items?.Select(e => e.Id).ToHashSet(StringComparer.Ordinal) ?? [];
                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var id in rule.Ids(items[i]))
                    {
                        if (id is not null && !ids.Contains(id))
                        {
                            problems.Add(
                                $"{path}.{collection.Name}[{i}].{rule.Field}",
                                $"'{id}' is not in this tenant's {targetName ?? rule.Target.Name}: every reference must name an entity of the snapshot.");
                        }
                    }
                }
            }
        }
    }

    private sealed record Rule(Type From, Type Target, string Field, Func<IEntity, IEnumerable<string?>> Ids)
    {
        public static Rule To<TFrom, TTarget>(string field, Func<TFrom, IEnumerable<string?>> ids)
            where TFrom : class, IEntity
            where TTarget : class, IEntity =>
            new(typeof(TFrom), typeof(TTarget), field, entity => ids((TFrom)entity));
    }
}
