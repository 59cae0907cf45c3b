using System.Text.Json;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>
/// An action whose <c>type</c> this SDK version does not know (or whose shape it cannot read): its JSON is kept as
/// received and written back unchanged.
/// </summary>
public sealed record UnknownWorkflowAction : WorkflowAction, IRawJsonMember
{
    internal UnknownWorkflowAction(string type, string rawJson)
        : base(type) => RawJson = rawJson;

    /// <summary>The action's JSON exactly as received; writing this action back sends exactly these bytes.</summary>
    public string RawJson { get; }

    /// <summary>The action's JSON as a <see cref="JsonElement"/> (a fresh copy on each call), to read its fields.</summary>
    public JsonElement Raw => IRawJsonMember.Parse(RawJson);
}
