using WISPGate.Sdk.Support;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>
/// Handles verified webhook events whose <see cref="EventData.Object"/> is a <typeparamref name="TData"/>: an
/// <c>IWispGateEventHandler&lt;Invoice&gt;</c> gets every <c>invoice.*</c> event (test
/// <see cref="Event.KnownType"/> for one type), an <c>IWispGateEventHandler&lt;Subscriber&gt;</c> every
/// <c>subscriber.*</c> event. Register it in dependency injection
/// (<see cref="WebhookServiceCollectionExtensions.AddWispGateEventHandler{TData, THandler}"/>); it is resolved from the
/// request's scope for each delivery.
/// </summary>
/// <typeparam name="TData">
/// The model of the event's resource: one of the SDK's models that events carry (<c>Subscriber</c>, <c>Service</c>,
/// <c>Invoice</c>, <c>Payment</c>, <c>CreditNote</c>, <c>Subscription</c>, <c>ReconciliationRun</c>, <c>Session</c>,
/// <c>ProvisioningJob</c>, <c>Device</c>, <c>ServicePackage</c>, <c>Ticket</c>, <c>Notification</c>, <c>WorkflowRun</c>,
/// <c>ApiKey</c>).
/// </typeparam>
public interface IWispGateEventHandler<in TData>
    where TData : class
{
    /// <summary>
    /// Handles one event. Return normally and the delivery is answered 200 and the event id remembered, so a repeated
    /// delivery is not handled again; throw and it is answered 500, the id is not remembered, and WISPGate retries.
    /// </summary>
    /// <param name="webhookEvent">The verified event.</param>
    /// <param name="data">Its <see cref="EventData.Object"/>, typed.</param>
    /// <param name="cancellationToken">Cancelled when the delivery's connection closes.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(Event webhookEvent, TData data, CancellationToken cancellationToken);
}
