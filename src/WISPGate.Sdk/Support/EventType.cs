using System.Text.Json.Serialization;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Support;

/// <summary>
/// The type of an event, <c>&lt;resource&gt;.&lt;what happened&gt;</c>. <see cref="Event.Type"/> keeps the wire string
/// (<see cref="Event.KnownType"/> is this enum), so a type added after this SDK version still arrives intact.
/// </summary>
[JsonConverter(typeof(TolerantEnumConverter<EventType>))]
public enum EventType
{
    /// <summary>A type this SDK version does not know (the API added one); never sent.</summary>
    Unknown = 0,

    /// <summary><c>subscriber.created</c>: a subscriber was created.</summary>
    [JsonStringEnumMemberName("subscriber.created")]
    SubscriberCreated,

    /// <summary><c>subscriber.updated</c>: a subscriber was updated.</summary>
    [JsonStringEnumMemberName("subscriber.updated")]
    SubscriberUpdated,

    /// <summary><c>subscriber.activated</c>: a subscriber was activated.</summary>
    [JsonStringEnumMemberName("subscriber.activated")]
    SubscriberActivated,

    /// <summary><c>subscriber.suspended</c>: a subscriber was suspended.</summary>
    [JsonStringEnumMemberName("subscriber.suspended")]
    SubscriberSuspended,

    /// <summary><c>subscriber.reactivated</c>: a subscriber was reactivated.</summary>
    [JsonStringEnumMemberName("subscriber.reactivated")]
    SubscriberReactivated,

    /// <summary><c>subscriber.cancelled</c>: a subscriber was cancelled.</summary>
    [JsonStringEnumMemberName("subscriber.cancelled")]
    SubscriberCancelled,

    /// <summary><c>subscriber.deleted</c>: a subscriber was deleted.</summary>
    [JsonStringEnumMemberName("subscriber.deleted")]
    SubscriberDeleted,

    /// <summary><c>service.created</c>: a service was created.</summary>
    [JsonStringEnumMemberName("service.created")]
    ServiceCreated,

    /// <summary><c>service.updated</c>: a service was updated.</summary>
    [JsonStringEnumMemberName("service.updated")]
    ServiceUpdated,

    /// <summary><c>service.activated</c>: a service was activated — its provisioning job was acked.</summary>
    [JsonStringEnumMemberName("service.activated")]
    ServiceActivated,

    /// <summary><c>service.suspended</c>: a service was suspended — its provisioning job was acked.</summary>
    [JsonStringEnumMemberName("service.suspended")]
    ServiceSuspended,

    /// <summary><c>service.resumed</c>: a service was resumed — its provisioning job was acked.</summary>
    [JsonStringEnumMemberName("service.resumed")]
    ServiceResumed,

    /// <summary><c>service.terminated</c>: a service was terminated — its provisioning job was acked.</summary>
    [JsonStringEnumMemberName("service.terminated")]
    ServiceTerminated,

    /// <summary><c>service.package_changed</c>: a service's package was changed.</summary>
    [JsonStringEnumMemberName("service.package_changed")]
    ServicePackageChanged,

    /// <summary><c>subscription.created</c>: a subscription was created.</summary>
    [JsonStringEnumMemberName("subscription.created")]
    SubscriptionCreated,

    /// <summary><c>subscription.cancelled</c>: a subscription was cancelled.</summary>
    [JsonStringEnumMemberName("subscription.cancelled")]
    SubscriptionCancelled,

    /// <summary><c>invoice.created</c>: an invoice was created.</summary>
    [JsonStringEnumMemberName("invoice.created")]
    InvoiceCreated,

    /// <summary><c>invoice.finalized</c>: an invoice was finalized.</summary>
    [JsonStringEnumMemberName("invoice.finalized")]
    InvoiceFinalized,

    /// <summary><c>invoice.paid</c>: an invoice was paid.</summary>
    [JsonStringEnumMemberName("invoice.paid")]
    InvoicePaid,

    /// <summary><c>invoice.voided</c>: an invoice was voided.</summary>
    [JsonStringEnumMemberName("invoice.voided")]
    InvoiceVoided,

    /// <summary><c>invoice.marked_uncollectible</c>: an invoice was marked uncollectible.</summary>
    [JsonStringEnumMemberName("invoice.marked_uncollectible")]
    InvoiceMarkedUncollectible,

    /// <summary><c>invoice.overdue</c>: an invoice became overdue.</summary>
    [JsonStringEnumMemberName("invoice.overdue")]
    InvoiceOverdue,

    /// <summary><c>payment.received</c>: a payment was received.</summary>
    [JsonStringEnumMemberName("payment.received")]
    PaymentReceived,

    /// <summary><c>payment.applied</c>: a payment was applied.</summary>
    [JsonStringEnumMemberName("payment.applied")]
    PaymentApplied,

    /// <summary><c>payment.refunded</c>: a payment was refunded.</summary>
    [JsonStringEnumMemberName("payment.refunded")]
    PaymentRefunded,

    /// <summary><c>credit_note.issued</c>: a credit note was issued.</summary>
    [JsonStringEnumMemberName("credit_note.issued")]
    CreditNoteIssued,

    /// <summary><c>credit_note.voided</c>: a credit note was voided.</summary>
    [JsonStringEnumMemberName("credit_note.voided")]
    CreditNoteVoided,

    /// <summary><c>reconciliation.completed</c>: a reconciliation run completed.</summary>
    [JsonStringEnumMemberName("reconciliation.completed")]
    ReconciliationCompleted,

    /// <summary><c>session.disconnected</c>: a session was disconnected.</summary>
    [JsonStringEnumMemberName("session.disconnected")]
    SessionDisconnected,

    /// <summary><c>provisioning_job.completed</c>: a provisioning job was acked.</summary>
    [JsonStringEnumMemberName("provisioning_job.completed")]
    ProvisioningJobCompleted,

    /// <summary><c>provisioning_job.failed</c>: a provisioning job ended nak or failed.</summary>
    [JsonStringEnumMemberName("provisioning_job.failed")]
    ProvisioningJobFailed,

    /// <summary><c>ticket.created</c>: a ticket was created.</summary>
    [JsonStringEnumMemberName("ticket.created")]
    TicketCreated,

    /// <summary><c>ticket.updated</c>: a ticket was updated.</summary>
    [JsonStringEnumMemberName("ticket.updated")]
    TicketUpdated,

    /// <summary><c>ticket.commented</c>: a ticket got a comment.</summary>
    [JsonStringEnumMemberName("ticket.commented")]
    TicketCommented,

    /// <summary><c>ping</c>: sent only by the webhook endpoint test.</summary>
    [JsonStringEnumMemberName("ping")]
    Ping,

    /// <summary><c>service_package.created</c>: a service package was created.</summary>
    [JsonStringEnumMemberName("service_package.created")]
    ServicePackageCreated,

    /// <summary><c>service_package.updated</c>: a service package was updated.</summary>
    [JsonStringEnumMemberName("service_package.updated")]
    ServicePackageUpdated,

    /// <summary><c>service_package.archived</c>: a service package was archived.</summary>
    [JsonStringEnumMemberName("service_package.archived")]
    ServicePackageArchived,

    /// <summary><c>device.created</c>: a device was added to the inventory.</summary>
    [JsonStringEnumMemberName("device.created")]
    DeviceCreated,

    /// <summary><c>device.updated</c>: a device was updated (status, binding).</summary>
    [JsonStringEnumMemberName("device.updated")]
    DeviceUpdated,

    /// <summary><c>session.started</c>: a RADIUS session started.</summary>
    [JsonStringEnumMemberName("session.started")]
    SessionStarted,

    /// <summary><c>notification.created</c>: a notification was queued.</summary>
    [JsonStringEnumMemberName("notification.created")]
    NotificationCreated,

    /// <summary><c>notification.sent</c>: a notification was sent.</summary>
    [JsonStringEnumMemberName("notification.sent")]
    NotificationSent,

    /// <summary><c>workflow_run.started</c>: a workflow run started.</summary>
    [JsonStringEnumMemberName("workflow_run.started")]
    WorkflowRunStarted,

    /// <summary><c>workflow_run.succeeded</c>: a workflow run ran every step.</summary>
    [JsonStringEnumMemberName("workflow_run.succeeded")]
    WorkflowRunSucceeded,

    /// <summary><c>workflow_run.failed</c>: a workflow run failed (its failed step carries the error).</summary>
    [JsonStringEnumMemberName("workflow_run.failed")]
    WorkflowRunFailed,

    /// <summary><c>workflow_run.skipped</c>: a workflow run ended early because a check no longer held.</summary>
    [JsonStringEnumMemberName("workflow_run.skipped")]
    WorkflowRunSkipped,

    /// <summary><c>api_key.created</c>: an API key was created (the event never carries its secret).</summary>
    [JsonStringEnumMemberName("api_key.created")]
    ApiKeyCreated,

    /// <summary><c>api_key.revoked</c>: an API key was revoked.</summary>
    [JsonStringEnumMemberName("api_key.revoked")]
    ApiKeyRevoked,

    /// <summary><c>api_key.rolled</c>: an API key was rolled (the object is the new key).</summary>
    [JsonStringEnumMemberName("api_key.rolled")]
    ApiKeyRolled,

    /// <summary><c>service.activation_failed</c>: a service's activation job was refused or failed; the service stays as it was.</summary>
    [JsonStringEnumMemberName("service.activation_failed")]
    ServiceActivationFailed,

    /// <summary><c>service.suspension_failed</c>: a service's suspension job was refused or failed; the service stays as it was.</summary>
    [JsonStringEnumMemberName("service.suspension_failed")]
    ServiceSuspensionFailed,

    /// <summary><c>service.resumption_failed</c>: a service's resumption job was refused or failed; the service stays as it was.</summary>
    [JsonStringEnumMemberName("service.resumption_failed")]
    ServiceResumptionFailed,

    /// <summary><c>service.termination_failed</c>: a service's termination job was refused or failed; the service stays as it was.</summary>
    [JsonStringEnumMemberName("service.termination_failed")]
    ServiceTerminationFailed,
}
