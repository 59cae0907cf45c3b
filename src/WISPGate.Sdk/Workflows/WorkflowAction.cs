using System.Text.Json.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>
/// One step of a workflow, chosen by <c>type</c>: <see cref="WorkflowWaitAction"/>, <see cref="WorkflowCheckAction"/>, <see cref="WorkflowSuspendSubscriberAction"/>, <see cref="WorkflowReactivateSubscriberAction"/>, <see cref="WorkflowSuspendServicesAction"/>, <see cref="WorkflowResumeServicesAction"/>, <see cref="WorkflowSendNotificationAction"/>, <see cref="WorkflowCreateTicketAction"/>, <see cref="WorkflowAddInvoiceFeeAction"/>, <see cref="WorkflowCallWebhookAction"/>.
/// </summary>
/// <remarks>
/// A closed set: the members are the records listed above, plus <see cref="UnknownWorkflowAction"/> for a <c>type</c> this SDK
/// version does not know (the API added one) — it keeps the JSON as received and writes it back unchanged, so reading,
/// changing and saving a workflow never loses what this SDK cannot type. Test the members with <c>is</c> or a
/// <c>switch</c>.
/// </remarks>
[JsonConverter(typeof(WorkflowActionConverter))]
public abstract record WorkflowAction
{
    private protected WorkflowAction(string type) => Type = type;

    /// <summary>The action's <c>type</c> exactly as on the wire (also for a type this SDK version does not know).</summary>
    [JsonRequired]
    [JsonInclude]
    [JsonPropertyOrder(-1)]
    public string Type { get; internal init; }
}
