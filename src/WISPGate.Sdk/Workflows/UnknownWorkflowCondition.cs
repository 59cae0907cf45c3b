using System.Text.Json;
using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>
/// A condition whose <c>type</c> this SDK version does not know (or whose shape it cannot read): its JSON is kept as
/// received and written back unchanged.
/// </summary>
public sealed record UnknownWorkflowCondition : WorkflowCondition, IRawJsonMember
{
    internal UnknownWorkflowCondition(string type, string rawJson)
        : base(type) => RawJson = rawJson;

    /// <summary>The condition's JSON exactly as received; writing this condition back sends exactly these bytes.</summary>
    public string RawJson { get; }

    /// <summary>The condition's JSON as a <see cref="JsonElement"/> (a fresh copy on each call), to read its fields.</summary>
    public JsonElement Raw => IRawJsonMember.Parse(RawJson);
}
