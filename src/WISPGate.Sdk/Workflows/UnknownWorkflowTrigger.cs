using System.Text.Json;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>
/// A trigger whose <c>type</c> this SDK version does not know (or whose shape it cannot read): its JSON is kept as
/// received and written back unchanged.
/// </summary>
public sealed record UnknownWorkflowTrigger : WorkflowTrigger, IRawJsonMember
{
    internal UnknownWorkflowTrigger(string type, string rawJson)
        : base(type) => RawJson = rawJson;

    /// <summary>The trigger's JSON exactly as received; writing this trigger back sends exactly these bytes.</summary>
    public string RawJson { get; }

    /// <summary>The trigger's JSON as a <see cref="JsonElement"/> (a fresh copy on each call), to read its fields.</summary>
    public JsonElement Raw => IRawJsonMember.Parse(RawJson);
}
