using WISPGate.Sdk.Billing;
using WISPGate.Sdk.Provisioning;
using WISPGate.Sdk.Subscribers;
using WISPGate.Sdk.Support;
using WISPGate.Sdk.Workflows;

namespace WISPGate.Sdk.AspNetCore;

/// <summary>
/// The handlers of one webhook endpoint, registered when it is mapped:
/// <c>app.MapWispGateWebhooks("/webhooks/wispgate", handlers =&gt; handlers.OnInvoiceOverdue((evt, invoice, ct) =&gt; …))</c>.
/// Every handler whose registration matches a verified event runs, in the order registered, followed by the
/// <see cref="IWispGateEventHandler{TData}"/> services for the event's model. An event nothing handles (a type this SDK
/// version does not know, a <c>ping</c>) goes to the <see cref="OnUnhandled"/> handlers, or is acknowledged 200 and logged.
/// </summary>
public sealed class WispGateWebhookHandlers
{
    private readonly List<Registration> _registrations = [];
    private readonly List<Func<Event, CancellationToken, Task>> _unhandled = [];

    /// <summary>The registrations, in order.</summary>
    internal IReadOnlyList<Registration> Registrations => _registrations;

    /// <summary>The fallbacks for events no other handler took.</summary>
    internal IReadOnlyList<Func<Event, CancellationToken, Task>> Unhandled => _unhandled;

    /// <summary>
    /// Handles events of one type whose <see cref="EventData.Object"/> reads as <typeparamref name="TData"/>
    /// (<c>On&lt;Invoice&gt;(EventType.InvoiceVoided, …)</c>). An event of that type whose object does not read as
    /// <typeparamref name="TData"/> is not passed here (it goes to <see cref="OnUnhandled"/>).
    /// </summary>
    /// <typeparam name="TData">The model of the event's resource.</typeparam>
    /// <param name="eventType">The event type; not <see cref="EventType.Unknown"/> (use <see cref="On(string, Func{Event, CancellationToken, Task})"/> for a type this SDK does not know).</param>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers On<TData>(EventType eventType, Func<Event, TData, CancellationToken, Task> handler)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (eventType == EventType.Unknown || !Enum.IsDefined(eventType))
        {
            throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "Register a known event type; for a type this SDK version does not know use On(string, …) or OnUnhandled.");
        }

        _registrations.Add(new Registration(
            e => e.KnownType == eventType && e.Data.Object is TData,
            (e, ct) => handler(e, (TData)e.Data.Object!, ct)));
        return this;
    }

    /// <summary>
    /// Handles events by their wire type exactly as sent (<c>"invoice.paid"</c>), also types this SDK version does not
    /// know; the object is in <see cref="EventData.RawObject"/> (and <see cref="EventData.Object"/> when typed).
    /// </summary>
    /// <param name="eventType">The wire type, e.g. <c>subscriber.merged</c>.</param>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers On(string eventType, Func<Event, CancellationToken, Task> handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        ArgumentNullException.ThrowIfNull(handler);
        _registrations.Add(new Registration(e => string.Equals(e.Type, eventType, StringComparison.Ordinal), handler));
        return this;
    }

    /// <summary>
    /// Handles every event no other handler of this endpoint (nor an <see cref="IWispGateEventHandler{TData}"/>) took:
    /// types this SDK version does not know, <c>ping</c>, types you did not register. Without one such events are
    /// acknowledged 200 and logged (id and type only).
    /// </summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnUnhandled(Func<Event, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _unhandled.Add(handler);
        return this;
    }

    /// <summary>Handles the <c>ping</c> the endpoint test sends (<see cref="EventType.Ping"/>; it carries no typed object).</summary>
    /// <param name="handler">Runs for each ping.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnPing(Func<Event, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _registrations.Add(new Registration(e => e.KnownType == EventType.Ping, handler));
        return this;
    }

    /// <summary>Handles <c>subscriber.created</c> events (<see cref="EventType.SubscriberCreated"/>) with the typed <see cref="Subscriber"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnSubscriberCreated(Func<Event, Subscriber, CancellationToken, Task> handler) => On(EventType.SubscriberCreated, handler);

    /// <summary>Handles <c>subscriber.activated</c> events (<see cref="EventType.SubscriberActivated"/>) with the typed <see cref="Subscriber"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnSubscriberActivated(Func<Event, Subscriber, CancellationToken, Task> handler) => On(EventType.SubscriberActivated, handler);

    /// <summary>Handles <c>subscriber.suspended</c> events (<see cref="EventType.SubscriberSuspended"/>) with the typed <see cref="Subscriber"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnSubscriberSuspended(Func<Event, Subscriber, CancellationToken, Task> handler) => On(EventType.SubscriberSuspended, handler);

    /// <summary>Handles <c>subscriber.reactivated</c> events (<see cref="EventType.SubscriberReactivated"/>) with the typed <see cref="Subscriber"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnSubscriberReactivated(Func<Event, Subscriber, CancellationToken, Task> handler) => On(EventType.SubscriberReactivated, handler);

    /// <summary>Handles <c>subscriber.cancelled</c> events (<see cref="EventType.SubscriberCancelled"/>) with the typed <see cref="Subscriber"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnSubscriberCancelled(Func<Event, Subscriber, CancellationToken, Task> handler) => On(EventType.SubscriberCancelled, handler);

    /// <summary>Handles <c>service.activated</c> events (<see cref="EventType.ServiceActivated"/>) with the typed <see cref="Service"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnServiceActivated(Func<Event, Service, CancellationToken, Task> handler) => On(EventType.ServiceActivated, handler);

    /// <summary>Handles <c>service.suspended</c> events (<see cref="EventType.ServiceSuspended"/>) with the typed <see cref="Service"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnServiceSuspended(Func<Event, Service, CancellationToken, Task> handler) => On(EventType.ServiceSuspended, handler);

    /// <summary>Handles <c>service.terminated</c> events (<see cref="EventType.ServiceTerminated"/>) with the typed <see cref="Service"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnServiceTerminated(Func<Event, Service, CancellationToken, Task> handler) => On(EventType.ServiceTerminated, handler);

    /// <summary>Handles <c>invoice.created</c> events (<see cref="EventType.InvoiceCreated"/>) with the typed <see cref="Invoice"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnInvoiceCreated(Func<Event, Invoice, CancellationToken, Task> handler) => On(EventType.InvoiceCreated, handler);

    /// <summary>Handles <c>invoice.finalized</c> events (<see cref="EventType.InvoiceFinalized"/>) with the typed <see cref="Invoice"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnInvoiceFinalized(Func<Event, Invoice, CancellationToken, Task> handler) => On(EventType.InvoiceFinalized, handler);

    /// <summary>Handles <c>invoice.paid</c> events (<see cref="EventType.InvoicePaid"/>) with the typed <see cref="Invoice"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnInvoicePaid(Func<Event, Invoice, CancellationToken, Task> handler) => On(EventType.InvoicePaid, handler);

    /// <summary>Handles <c>invoice.overdue</c> events (<see cref="EventType.InvoiceOverdue"/>) with the typed <see cref="Invoice"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnInvoiceOverdue(Func<Event, Invoice, CancellationToken, Task> handler) => On(EventType.InvoiceOverdue, handler);

    /// <summary>Handles <c>payment.received</c> events (<see cref="EventType.PaymentReceived"/>) with the typed <see cref="Payment"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnPaymentReceived(Func<Event, Payment, CancellationToken, Task> handler) => On(EventType.PaymentReceived, handler);

    /// <summary>Handles <c>payment.refunded</c> events (<see cref="EventType.PaymentRefunded"/>) with the typed <see cref="Payment"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnPaymentRefunded(Func<Event, Payment, CancellationToken, Task> handler) => On(EventType.PaymentRefunded, handler);

    /// <summary>Handles <c>provisioning_job.completed</c> events (<see cref="EventType.ProvisioningJobCompleted"/>) with the typed <see cref="ProvisioningJob"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnProvisioningJobCompleted(Func<Event, ProvisioningJob, CancellationToken, Task> handler) => On(EventType.ProvisioningJobCompleted, handler);

    /// <summary>Handles <c>provisioning_job.failed</c> events (<see cref="EventType.ProvisioningJobFailed"/>) with the typed <see cref="ProvisioningJob"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnProvisioningJobFailed(Func<Event, ProvisioningJob, CancellationToken, Task> handler) => On(EventType.ProvisioningJobFailed, handler);

    /// <summary>Handles <c>session.disconnected</c> events (<see cref="EventType.SessionDisconnected"/>) with the typed <see cref="Session"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnSessionDisconnected(Func<Event, Session, CancellationToken, Task> handler) => On(EventType.SessionDisconnected, handler);

    /// <summary>Handles <c>ticket.created</c> events (<see cref="EventType.TicketCreated"/>) with the typed <see cref="Ticket"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnTicketCreated(Func<Event, Ticket, CancellationToken, Task> handler) => On(EventType.TicketCreated, handler);

    /// <summary>Handles <c>ticket.commented</c> events (<see cref="EventType.TicketCommented"/>) with the typed <see cref="Ticket"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnTicketCommented(Func<Event, Ticket, CancellationToken, Task> handler) => On(EventType.TicketCommented, handler);

    /// <summary>Handles <c>workflow_run.failed</c> events (<see cref="EventType.WorkflowRunFailed"/>) with the typed <see cref="WorkflowRun"/>.</summary>
    /// <param name="handler">Runs for each such event; an exception answers 500 so WISPGate retries.</param>
    /// <returns>These registrations, to chain.</returns>
    public WispGateWebhookHandlers OnWorkflowRunFailed(Func<Event, WorkflowRun, CancellationToken, Task> handler) => On(EventType.WorkflowRunFailed, handler);

    /// <summary>One registration: which events it takes and what it runs.</summary>
    internal sealed record Registration(Func<Event, bool> Matches, Func<Event, CancellationToken, Task> Handle);
}
