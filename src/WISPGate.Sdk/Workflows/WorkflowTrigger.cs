using System.Text.Json.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>
/// What starts a workflow's runs, chosen by <c>type</c>: <see cref="WorkflowEventTrigger"/>.
/// </summary>
/// <remarks>
/// A closed set: the members are the records listed above, plus <see cref="UnknownWorkflowTrigger"/> for a <c>type</c> this SDK
/// version does not know (the API added one) — it keeps the JSON as received and writes it back unchanged, so reading,
/// changing and saving a workflow never loses what this SDK cannot type. Test the members with <c>is</c> or a
/// <c>switch</c>.
/// </remarks>
[JsonConverter(typeof(WorkflowTriggerConverter))]
public abstract record WorkflowTrigger
{
    private protected WorkflowTrigger(string type) => Type = type;

    /// <summary>The trigger's <c>type</c> exactly as on the wire (also for a type this SDK version does not know).</summary>
    [JsonRequired]
    [JsonInclude]
    [JsonPropertyOrder(-1)]
    public string Type { get; internal init; }
}
