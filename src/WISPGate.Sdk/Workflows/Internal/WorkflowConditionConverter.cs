using WISPGate.Sdk.Serialization;

namespace WISPGate.Sdk.Workflows;

/// <summary>Reads and writes <see cref="WorkflowCondition"/> by its <c>type</c>; unknown types become <see cref="UnknownWorkflowCondition"/>.</summary>
internal sealed class WorkflowConditionConverter : UnionConverter<WorkflowCondition>
{
    private static readonly Dictionary<string, Type> s_members = new(StringComparer.Ordinal)
    {
        ["field"] = typeof(WorkflowFieldCondition),
    };

    public WorkflowConditionConverter()
        : base(s_members)
    {
    }

    /// <summary>The record of each known <c>type</c> value.</summary>
    internal static IReadOnlyDictionary<string, Type> Members => s_members;

    protected override WorkflowCondition CreateUnknown(string type, string rawJson) => new UnknownWorkflowCondition(type, rawJson);
}
