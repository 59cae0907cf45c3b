using WISPGate.MockServer.Pipeline;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Support;

/// <summary>
/// Automation &amp; Support. So far the event log every domain records into (<see cref="TenantScope.RecordEvent"/>):
/// listEvents (filters type, created_after/before) and getEvent. Tickets, webhooks and notifications come with the support domain.
/// </summary>
internal sealed class SupportModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain) => domain
        .Map("listEvents", context => context.Page(context.Collection<DomainEvent>(), e => context.Query.Matches("type", e.Type)))
        .Map("getEvent", context => ApiResult.Ok(context.Require<DomainEvent>(context.Id, "event")));
}
