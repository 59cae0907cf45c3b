using WISPGate.MockServer.Handlers;
using WISPGate.MockServer.Modules;
using WISPGate.MockServer.Store;

namespace WISPGate.MockServer.Support;

/// <summary>
/// Automation &amp; Support: the event log every domain records into (<see cref="TenantScope.RecordEvent"/>; listEvents
/// with filters type, created_after/before, and getEvent), tickets with their comments, and notifications (sent on the
/// server clock). Webhook endpoints and delivery are the Webhooks module.
/// </summary>
internal sealed class SupportModule : IDomainModule
{
    /// <inheritdoc />
    public void Register(DomainRegistry domain) => domain
        .StateCollection<DomainEvent>("events")
        .StateCollection<Ticket>("tickets")
        .StateCollection<TicketComment>("ticket_comments")
        .StateCollection<Notification>("notifications")
        .OnClockAdvanced(NotificationHandlers.Settle)
        .Map("listEvents", context => context.Page(context.Collection<DomainEvent>().Where(SupportIndexes.EventsByType, context.Query.List("type")), e => context.Query.Matches("type", e.Type)))
        .Map("getEvent", context => ApiResult.Ok(context.Require<DomainEvent>(context.Id, "event")))
        .Map("listTickets", TicketHandlers.List)
        .Map("createTicket", TicketHandlers.Create)
        .Map("getTicket", TicketHandlers.Get)
        .Map("updateTicket", TicketHandlers.Update)
        .Map("listTicketComments", TicketHandlers.ListComments)
        .Map("createTicketComment", TicketHandlers.CreateComment)
        .Map("listNotifications", NotificationHandlers.List)
        .Map("createNotification", NotificationHandlers.Create)
        .Map("getNotification", NotificationHandlers.Get);
}
