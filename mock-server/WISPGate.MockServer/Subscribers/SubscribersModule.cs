using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Modules;

namespace WISPGate.MockServer.Subscribers;

/// <summary>Subscribers &amp; CRM: subscribers and their lifecycle, contacts, balances, services.</summary>
internal sealed class SubscribersModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain) => domain
        .SeedCollection<Subscriber>("subscribers")
        .SeedCollection<Contact>("contacts")
        .SeedCollection<Service>("services")
        .Map("listSubscribers", SubscriberHandlers.List)
        .Map("createSubscriber", SubscriberHandlers.Create)
        .MapAsync("importSubscribers", SubscriberImportHandlers.ImportAsync)
        .Map("getSubscriber", SubscriberHandlers.Get)
        .Map("updateSubscriber", SubscriberHandlers.Update)
        .Map("deleteSubscriber", SubscriberHandlers.Delete)
        .Map("activateSubscriber", SubscriberLifecycle.Activate)
        .Map("suspendSubscriber", SubscriberLifecycle.Suspend)
        .Map("reactivateSubscriber", SubscriberLifecycle.Reactivate)
        .Map("cancelSubscriber", SubscriberLifecycle.Cancel)
        .Map("listSubscriberContacts", ContactHandlers.List)
        .Map("createSubscriberContact", ContactHandlers.Create)
        .Map("deleteSubscriberContact", ContactHandlers.Delete)
        .Map("getSubscriberBalance", context =>
            ApiResult.Ok(SubscriberViews.Balance(context, context.Require<Subscriber>(context.Id, "subscriber"))))
        .Map("listServices", ServiceHandlers.List)
        .Map("createService", ServiceHandlers.Create)
        .Map("getService", ServiceHandlers.Get)
        .Map("updateService", ServiceHandlers.Update);
}
