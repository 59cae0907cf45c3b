using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>Reads and writes <see cref="WorkflowAction"/> by its <c>type</c>; unknown types become <see cref="UnknownWorkflowAction"/>.</summary>
internal sealed class WorkflowActionConverter() : UnionConverter<WorkflowAction>(Members)
{
    /// <summary>The record of each known <c>type</c> value.</summary>
    private static IReadOnlyDictionary<string, Type> Members { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["wait"] = typeof(WorkflowWaitAction),
        ["check"] = typeof(WorkflowCheckAction),
        ["suspend_subscriber"] = typeof(WorkflowSuspendSubscriberAction),
        ["reactivate_subscriber"] = typeof(WorkflowReactivateSubscriberAction),
        ["suspend_services"] = typeof(WorkflowSuspendServicesAction),
        ["resume_services"] = typeof(WorkflowResumeServicesAction),
        ["send_notification"] = typeof(WorkflowSendNotificationAction),
        ["create_ticket"] = typeof(WorkflowCreateTicketAction),
        ["add_invoice_fee"] = typeof(WorkflowAddInvoiceFeeAction),
        ["call_webhook"] = typeof(WorkflowCallWebhookAction),
    };

    protected override WorkflowAction CreateUnknown(string type, string rawJson) => new UnknownWorkflowAction(type, rawJson);
}
