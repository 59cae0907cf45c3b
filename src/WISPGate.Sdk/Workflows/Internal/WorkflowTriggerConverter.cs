using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>Reads and writes <see cref="WorkflowTrigger"/> by its <c>type</c>; unknown types become <see cref="UnknownWorkflowTrigger"/>.</summary>
internal sealed class WorkflowTriggerConverter : UnionConverter<WorkflowTrigger>
{
    private static readonly Dictionary<string, Type> s_members = new(StringComparer.Ordinal)
    {
        ["event"] = typeof(WorkflowEventTrigger),
    };

    public WorkflowTriggerConverter()
        : base(s_members)
    {
    }

    /// <summary>The record of each known <c>type</c> value.</summary>
    internal static IReadOnlyDictionary<string, Type> Members => s_members;

    protected override WorkflowTrigger CreateUnknown(string type, string rawJson) => new UnknownWorkflowTrigger(type, rawJson);
}
