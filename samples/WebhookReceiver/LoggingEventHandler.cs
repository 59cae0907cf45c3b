using WISPGate.Sdk.AspNetCore;
using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;

namespace WISPGate.Samples.WebhookReceiver;

/// <summary>
/// Logs verified events with their typed object. <c>MapWispGateWebhooks</c> has already checked the signature and the
/// timestamp, and runs each event id once (a repeated delivery is acknowledged without calling this again).
/// </summary>
public sealed class LoggingEventHandler(ILogger<LoggingEventHandler> logger)
    : IWispGateEventHandler<Subscriber>, IWispGateEventHandler<Invoice>, IWispGateEventHandler<Payment>, IWispGateEventHandler<Ticket>
{
    /// <inheritdoc />
    public Task HandleAsync(Event webhookEvent, Subscriber data, CancellationToken cancellationToken)
    {
        logger.LogInformation("{EventId} {Type}: subscriber {SubscriberId} {Name} is {Status}", webhookEvent.Id, webhookEvent.Type, data.Id, data.FullName, data.Status);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task HandleAsync(Event webhookEvent, Invoice data, CancellationToken cancellationToken)
    {
        logger.LogInformation("{EventId} {Type}: invoice {Number} is {Status}, {AmountDue} due (minor units)", webhookEvent.Id, webhookEvent.Type, data.Number, data.Status, data.AmountDue);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task HandleAsync(Event webhookEvent, Payment data, CancellationToken cancellationToken)
    {
        logger.LogInformation("{EventId} {Type}: payment {PaymentId} of {Amount} (minor units) is {Status}", webhookEvent.Id, webhookEvent.Type, data.Id, data.Amount, data.Status);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task HandleAsync(Event webhookEvent, Ticket data, CancellationToken cancellationToken)
    {
        logger.LogInformation("{EventId} {Type}: ticket {TicketId} is {Status}", webhookEvent.Id, webhookEvent.Type, data.Id, data.Status);
        return Task.CompletedTask;
    }
}
