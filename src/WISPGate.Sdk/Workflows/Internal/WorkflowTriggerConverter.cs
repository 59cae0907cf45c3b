using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>Reads and writes <see cref="WorkflowTrigger"/> by its <c>type</c>; unknown types become <see cref="UnknownWorkflowTrigger"/>.</summary>
internal sealed class WorkflowTriggerConverter() : UnionConverter<WorkflowTrigger>(Members)
{
    /// <summary>The record of each known <c>type</c> value.</summary>
    private static IReadOnlyDictionary<string, Type> Members { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["event"] = typeof(WorkflowEventTrigger),
    };

    protected override WorkflowTrigger CreateUnknown(string type, string rawJson) => new UnknownWorkflowTrigger(type, rawJson);
}
